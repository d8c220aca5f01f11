"""``python -m export.benchmark``: generation speed of every way to run a GPT-2, side by side.

Engines (``--engines``, default all that are installed):

* ``torch``: PyTorch eager fp32, ``transformers`` ``generate`` (the baseline);
* ``imitate``: this project's runtime (``export.runtime``, ONNX engine) on each exported variant, and
  with ``--device cuda`` its torch engine (static KV cache, CUDA-graph decode step);
* ``optimum``: optimum's ``ORTModelForCausalLM.generate`` on each exported variant, and ``optimum-int8``:
  the same on optimum's own default dynamic int8 (``ORTQuantizer``, ``avx512_vnni``) of the fp32 export;
* ``ct2``: CTranslate2 int8, when ``ctranslate2`` is installed (an outside reference);
* ``llama``: llama.cpp (llama-cpp-python) on GGUF conversions of the same weights, one line per
  ``--llama-types`` (default q4_0, q8_0, f16), when ``llama_cpp`` is installed (CPU only; ``export.llamacpp``).

Shapes: ``b1`` batch 1, ``b8`` batch 8 and ``b32`` batch 32 (opt-in: ``--shapes b1,b8,b32``), each
``--tokens`` new tokens, greedy, forced to full length;
``bot``: the bot's shape, 5 posts of up to 60 new tokens, top-p sampling, stopping at newline/end-of-text;
``burst``: ``--burst`` such requests at once, each with its own prompt and seed, through the runtime's
scheduler (continuous batching; this project's runtime only: its tok/s is the whole burst's).
Each engine runs in its own process (its peak memory is its own ``VmHWM``); the processes take turns,
one call each per round, so a load change on the machine hits every engine alike. Time to first token
is the latency of a 1-token call of the same shape. The load average and the memory read speed
(:func:`memory_read`) before and after the run show how much the machine itself drifted meanwhile.

``--model PATH`` benchmarks a trained model folder (its published ONNX variants; exported first if there
are none); ``--arch gpt2`` builds a randomly initialised GPT-2 124M with the real tokenizer (speed does not
depend on the weights), ``--arch tiny`` the small test model. Prints a table; ``--json``, ``--png`` save it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import multiprocessing
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

logger = logging.getLogger(__name__)

PROMPT = "My dream is"
PREFIX = "<|endoftext|>"
ARCHS = {
    "gpt2": {"n_layer": 12, "n_head": 12, "n_embd": 768, "n_positions": 1024},
    "tiny": {"n_layer": 2, "n_head": 2, "n_embd": 64, "n_positions": 256},
}
FAMILIES = ("torch", "imitate", "optimum", "optimum-int8", "ct2", "llama")
LLAMA_TYPES = ("q4_0", "q8_0", "f16")
PACKAGES = (
    "torch",
    "transformers",
    "onnxruntime",
    "onnxruntime-gpu",
    "onnx",
    "optimum",
    "optimum-onnx",
    "ctranslate2",
    "llama-cpp-python",
    "numpy",
    "tokenizers",
)


@dataclass(frozen=True)
class Shape:
    name: str
    batch: int
    new_tokens: int
    sample: bool  # False: greedy, forced to new_tokens; True: top-p, stops at newline / end-of-text
    requests: int = 1  # > 1: that many concurrent requests, each with its own prompt (the runtime's scheduler)

    def first_token(self) -> Shape:
        return Shape(self.name + "-ttft", self.batch, 1, self.sample, self.requests)


SHAPES = ("b1", "b8", "b32", "bot", "burst")


def shapes_for(tokens: int, names: list[str], bot_tokens: int = 60, burst: int = 25) -> list[Shape]:
    every = {
        "b1": Shape("b1", 1, tokens, False),
        "b8": Shape("b8", 8, tokens, False),
        "b32": Shape("b32", 32, tokens, False),
        "bot": Shape("bot", 5, bot_tokens, True),
        "burst": Shape("burst", 5, bot_tokens, True, burst),
    }
    return [every[n] for n in names]


def burst_prompts(count: int) -> list[str]:
    """``count`` distinct prompts for the burst shape."""
    words = "bread oven flour morning market sourdough butter crust yeast warm kitchen sunny friends".split()
    return [f"{words[i % len(words)].capitalize()} {words[(i * 5 + 3) % len(words)]} {i}" for i in range(count)]


def supports(family: str, shape: Shape) -> bool:
    """The burst shape needs a scheduler that serves concurrent requests: only this project's runtime."""
    return shape.requests == 1 or family == "imitate"


@dataclass
class EngineSpec:
    label: str  # e.g. "imitate int8"
    family: str  # torch | imitate | optimum | ct2 | llama
    folder: str  # what it loads
    variant: str = "fp32"
    file_name: str = "model.onnx"
    size_bytes: int = 0
    settings: dict[str, Any] = field(default_factory=dict)  # threads, device, model_dir


@dataclass
class Result:
    engine: str
    shape: str
    batch: int
    new_tokens: int
    runs: int
    tokens_per_s: float
    latency_p50_s: float
    latency_p95_s: float
    ttft_p50_s: float
    peak_rss_mb: float
    load_s: float
    model_mb: float
    speedup_vs_torch: float | None = None


# --- runners: one engine each, inside its worker process -------------------------------------------------


def _stop_token_ids(tokenizer) -> list[int]:
    vocab = tokenizer.get_vocab()
    return sorted({tokenizer.eos_token_id, *(i for t, i in vocab.items() if "Ċ" in t or "č" in t)})


def _count_new(rows, stops: set[int], new_tokens: int, forced: bool) -> int:
    """Generated tokens per row up to and including its first stop token."""
    if forced:
        return len(rows) * new_tokens
    total = 0
    for row in rows:
        n = len(row)
        for i, token in enumerate(row):
            if token in stops:
                n = i + 1
                break
        total += n
    return total


class Runner(Protocol):
    """A loaded engine: ``run(shape, seed)`` generates and returns the number of new tokens."""

    def run(self, shape: Shape, seed: int) -> int: ...


class HFRunner:
    """``generate`` of a transformers model (torch) or of optimum's ``ORTModelForCausalLM``."""

    def __init__(self, spec: EngineSpec):
        import torch
        from transformers import AutoTokenizer

        threads, device = spec.settings["threads"], spec.settings["device"]
        torch.set_num_threads(threads)
        self.torch = torch
        self.device = device
        if spec.family == "torch":
            from transformers import AutoModelForCausalLM

            self.model = AutoModelForCausalLM.from_pretrained(spec.folder, dtype=torch.float32).eval().to(device)
        else:
            import onnxruntime as ort
            from optimum.onnxruntime import ORTModelForCausalLM

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            provider = "CUDAExecutionProvider" if device == "cuda" else "CPUExecutionProvider"
            self.model = ORTModelForCausalLM.from_pretrained(
                spec.folder, file_name=spec.file_name, provider=provider, session_options=options, use_cache=True
            )
            self.device = "cuda" if device == "cuda" else "cpu"
        tokenizer = AutoTokenizer.from_pretrained(spec.settings["model_dir"])
        self.eos = tokenizer.eos_token_id
        self.stops = _stop_token_ids(tokenizer)
        self.ids = tokenizer(PREFIX + PROMPT, return_tensors="pt")["input_ids"]

    def run(self, shape: Shape, seed: int) -> int:
        torch = self.torch
        ids = self.ids.repeat(shape.batch, 1).to(self.device)
        kwargs: dict[str, Any] = {"max_new_tokens": shape.new_tokens, "pad_token_id": self.eos}
        if shape.sample:
            kwargs.update(do_sample=True, top_p=0.95, top_k=0, temperature=1.0, min_length=10, eos_token_id=self.stops)
        else:
            kwargs.update(do_sample=False, min_new_tokens=shape.new_tokens, eos_token_id=self.eos)
        torch.manual_seed(seed)
        with torch.inference_mode():
            out = self.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), **kwargs)
        if self.device == "cuda":
            torch.cuda.synchronize()
        return _count_new(out[:, ids.shape[1] :].tolist(), set(self.stops), shape.new_tokens, not shape.sample)


class ImitateRunner:
    """This project's runtime: ``Generator.generate`` end to end (tokenizing and decoding included)."""

    def __init__(self, spec: EngineSpec):
        from export.runtime import load_generator, open_variant
        from imitate.config import Config, RuntimeConfig

        cfg = Config(
            data_dir=Path(spec.settings["model_dir"]).parent,
            runtime=RuntimeConfig(threads=spec.settings["threads"], originality=False, device=spec.settings["device"]),
        )
        if spec.variant == "torch":
            self.gen = load_generator(cfg, spec.settings["model_dir"], engine="torch")
        else:  # ONNX Runtime unless the spec names the native engine: each label is one engine
            self.gen = open_variant(cfg, Path(spec.folder), engine=spec.settings.get("engine", "onnx"))

    def run(self, shape: Shape, seed: int) -> int:
        forced = None if shape.sample else shape.new_tokens
        settings = {
            "do_sample": shape.sample,
            "top_p": 0.95,
            "top_k": 0,
            "temperature": 1.0,
            "min_length": 10,
            "max_new_tokens": shape.new_tokens,
            "min_new_tokens": forced,
        }
        if shape.requests == 1:
            self.gen.generate(PROMPT, n=shape.batch, seed=seed, **settings)
            return self.gen.last_new_tokens
        futures = [
            self.gen.submit(prompt, n=shape.batch, seed=seed * 1000 + i, **settings)
            for i, prompt in enumerate(burst_prompts(shape.requests))
        ]
        for future in futures:
            future.result()
        return sum(future.new_tokens for future in futures)  # type: ignore[attr-defined]


class CT2Runner:
    def __init__(self, spec: EngineSpec):
        import ctranslate2
        from transformers import AutoTokenizer

        self.ct2 = ctranslate2
        device = spec.settings["device"]
        self.generator = ctranslate2.Generator(
            spec.folder,
            device=device,
            compute_type="int8_float16" if device == "cuda" else "int8",
            intra_threads=spec.settings["threads"],
            inter_threads=1,
        )
        tokenizer = AutoTokenizer.from_pretrained(spec.settings["model_dir"])
        self.tokens = tokenizer.convert_ids_to_tokens(tokenizer(PREFIX + PROMPT)["input_ids"])
        self.stops = _stop_token_ids(tokenizer)

    def run(self, shape: Shape, seed: int) -> int:
        self.ct2.set_random_seed(seed)
        kwargs: dict[str, Any] = {"max_length": shape.new_tokens, "include_prompt_in_result": False}
        if shape.sample:
            kwargs.update(
                sampling_topk=0,
                sampling_topp=0.95,
                sampling_temperature=1.0,
                end_token=self.stops,
                return_end_token=True,
                min_length=min(shape.new_tokens, max(0, 10 - len(self.tokens))),
            )
        else:
            kwargs.update(sampling_topk=1, min_length=shape.new_tokens)
        results = self.generator.generate_batch([self.tokens] * shape.batch, **kwargs)
        rows = [r.sequences_ids[0] for r in results]
        return _count_new(rows, set(self.stops), shape.new_tokens, not shape.sample)


class LlamaRunner:
    """llama.cpp on one GGUF file: the shape's sequences decoded as one batch in one context (``export.llamacpp``)."""

    def __init__(self, spec: EngineSpec):
        from transformers import AutoTokenizer

        from export.llamacpp import LlamaDecoder

        self.decoder = LlamaDecoder(Path(spec.folder), spec.settings["threads"])
        tokenizer = AutoTokenizer.from_pretrained(spec.settings["model_dir"])
        self.ids: list[int] = tokenizer(PREFIX + PROMPT)["input_ids"]
        self.eos = tokenizer.eos_token_id
        self.stops = frozenset(_stop_token_ids(tokenizer))

    def rows(self, shape: Shape, seed: int) -> list[list[int]]:
        """The new tokens of each sequence: greedy with end-of-text masked (forced), or top-p to a stop token."""
        from export.llamacpp import Sampler

        if shape.sample:  # the others' min_length=10 counts the prompt
            sampler = Sampler(top_p=0.95, seed=seed, stop=self.stops, min_new=max(0, 10 - len(self.ids)))
        else:
            sampler = Sampler(banned=(self.eos,))
        return self.decoder.generate(self.ids, shape.batch, shape.new_tokens, sampler)

    def run(self, shape: Shape, seed: int) -> int:
        return _count_new(self.rows(shape, seed), set(self.stops), shape.new_tokens, not shape.sample)


RUNNERS: dict[str, Callable[[EngineSpec], Runner]] = {
    "torch": HFRunner,
    "optimum": HFRunner,
    "imitate": ImitateRunner,
    "ct2": CT2Runner,
    "llama": LlamaRunner,
}


def prepare(
    model_dir: Path,
    variants: list[str],
    families: list[str],
    work: Path,
    device: str = "cpu",
    llama_types: tuple[str, ...] = LLAMA_TYPES,
    llama_source: Path | None = None,
) -> dict[str, Path]:
    """Everything the engines load, made once per workdir: exports and conversions."""
    exported = ensure_exported(model_dir, variants, device)
    if "optimum-int8" in families and "fp32" in exported and device == "cpu":
        optimum_default_int8(exported["fp32"], work / "optimum-int8")
    if "ct2" in families and _installed("ctranslate2"):
        ct2_convert(model_dir, work / "ct2-int8")
    if "llama" in families and _installed("llama_cpp") and device == "cpu":
        gguf_convert(model_dir, work / "gguf", llama_types, llama_source)
    return exported


def memory_mb() -> dict[str, float]:
    """This process's current and peak resident memory (``/proc/self/status``), in MB."""
    values: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        values = {"VmRSS": peak, "VmHWM": peak}
    return values


class Session:
    """One loaded engine: ``call(shape, seed) -> (seconds, new tokens)``."""

    def __init__(self, spec: EngineSpec):
        started = time.perf_counter()
        self.runner = RUNNERS[spec.family](spec)
        self.load_s = time.perf_counter() - started

    def call(self, shape: Shape, seed: int) -> tuple[float, int]:
        started = time.perf_counter()
        tokens = self.runner.run(shape, seed)
        return time.perf_counter() - started, tokens


def _worker(conn, spec: EngineSpec) -> None:
    """The engine's process: load, then answer ``("run", shape, seed)`` and ``("memory",)`` until ``("quit",)``."""
    logging.basicConfig(level=logging.WARNING)
    try:
        session = Session(spec)
        conn.send(("ready", session.load_s))
        while True:
            message = conn.recv()
            if message[0] == "run":
                conn.send(("ok", session.call(message[1], message[2])))
            elif message[0] == "memory":
                conn.send(("ok", memory_mb()))
            else:
                break
    except Exception:  # report anything to the parent, which names the engine
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


class Remote:
    """The parent's handle on one engine process (or, with ``inprocess``, on a session in this process)."""

    def __init__(self, spec: EngineSpec, inprocess: bool):
        self.spec = spec
        self.process = None
        if inprocess:
            self.session = Session(spec)
            self.load_s = self.session.load_s
            return
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, spec), daemon=True)
        self.process.start()
        child.close()
        self.load_s = self._answer()

    def _answer(self) -> Any:
        kind, value = self.conn.recv()
        if kind == "error":
            raise RuntimeError(f"engine {self.spec.label} failed:\n{value}")
        return value

    def call(self, shape: Shape, seed: int) -> tuple[float, int]:
        if self.process is None:
            return self.session.call(shape, seed)
        self.conn.send(("run", shape, seed))
        return tuple(self._answer())

    def memory(self) -> dict[str, float]:
        if self.process is None:
            return {}
        self.conn.send(("memory",))
        return self._answer()

    def close(self) -> None:
        if self.process is None:
            return
        try:
            self.conn.send(("quit",))
        except OSError:
            pass
        self.process.join(timeout=30)
        if self.process.is_alive():
            self.process.kill()


# --- preparing the model and the engines ---------------------------------------------------------------


def build_arch(arch: str, folder: Path) -> Path:
    """A randomly initialised GPT-2 of ``arch`` with the real tokenizer, saved as a model folder."""
    from imitate.config import BuiltinModelConfig
    from trainer.model import save_builtin_model

    if (folder / "config.json").is_file():
        return folder
    logger.info("building a random %s (%s) in %s", arch, ARCHS[arch], folder)
    save_builtin_model(folder, BuiltinModelConfig(**ARCHS[arch]), seed=0)
    return folder


def ensure_exported(model_dir: Path, variants: list[str], device: str) -> dict[str, Path]:
    """The published variants of ``model_dir``; those in ``variants`` that are missing are exported first."""
    from imitate.modelfolder import published_variants

    found = published_variants(model_dir)
    missing = [v for v in variants if v not in found]
    if missing:
        logger.info("exporting %s of %s", ", ".join(missing), model_dir)
        _export(model_dir, missing, device)
        found = published_variants(model_dir)
    return {v: p for v, p in found.items() if v in variants}


def _export(model_dir: Path, variants: list[str], device: str) -> None:
    from export.onnx import export_model
    from imitate.config import Config

    cfg = Config(data_dir=model_dir.parent.parent)
    for result in export_model(cfg, model_dir.name, variants=variants, device=device, model_dir=model_dir):
        logger.info("%s", result.summary())


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence the quantizers' INFO chatter (they log every tensor to the root logger)."""
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def optimum_default_int8(fp32: Path, out: Path) -> Path:
    """optimum's own recipe: ``ORTQuantizer`` with the default dynamic ``avx512_vnni`` configuration."""
    from optimum.onnxruntime import ORTQuantizer
    from optimum.onnxruntime.configuration import AutoQuantizationConfig

    if not (out / "model_quantized.onnx").is_file():
        quantizer = ORTQuantizer.from_pretrained(fp32, file_name="model.onnx")
        with quiet():
            config = AutoQuantizationConfig.avx512_vnni(is_static=False, per_channel=False)
            quantizer.quantize(save_dir=out, quantization_config=config)
        for path in fp32.iterdir():
            if path.is_file() and not path.name.startswith("model.onnx") and not (out / path.name).exists():
                shutil.copy2(path, out / path.name)
    return out


def ct2_convert(model_dir: Path, out: Path) -> Path:
    from ctranslate2.converters import TransformersConverter

    if not (out / "model.bin").is_file():
        TransformersConverter(str(model_dir)).convert(str(out), quantization="int8", force=True)
    return out


def gguf_convert(
    model_dir: Path, out: Path, types: tuple[str, ...] = LLAMA_TYPES, source: Path | None = None
) -> dict[str, Path]:
    """GGUF files of ``model_dir`` for llama.cpp, one per type (``export.llamacpp.convert``)."""
    from export.llamacpp import convert

    return convert(model_dir, out, list(types), source)


def _size(folder: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in Path(folder).glob(pattern) if p.is_file())


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def cut_variants(model_dir: Path, variants: dict[str, Path], posts: Path, share: float, work: Path) -> dict[str, Path]:
    """Each int8/int4 variant again, its output layer cut to the tokens of the posts in ``posts`` with
    ``share`` for the escape (:func:`export.vocabulary.from_posts`), as links beside the workdir."""
    from export.onnx import CUT_VARIANTS
    from export.vocabulary import from_posts

    vocabulary = from_posts(model_dir, posts, share)
    out = {}
    for variant, folder in variants.items():
        if variant not in CUT_VARIANTS:
            continue
        target = work / "cut" / variant
        target.mkdir(parents=True, exist_ok=True)
        for path in folder.iterdir():
            link = target / path.name
            if path.is_file() and not link.exists():
                link.symlink_to(path.resolve())
        vocabulary.save(target, {"posts": str(posts), "escape_share_from": "--escape-share"})
        out[variant] = target
    return out


def _cut_figures(folder: Path) -> dict[str, Any]:
    from export.runtime.vocabulary import Vocabulary

    vocabulary = Vocabulary.load(folder)
    assert vocabulary is not None
    return {"kept_tokens": len(vocabulary.token_ids), "escape_share": vocabulary.escape_share}


def _native_buildable() -> bool:
    """The native engine's library is built (or builds now); else the benchmark says why and leaves it out."""
    from export.runtime.native.build import NativeUnavailable, build

    try:
        build()
    except NativeUnavailable as exc:
        logger.warning("leaving out the native engine: %s", exc)
        return False
    return True


def engine_specs(
    model_dir: Path,
    variants: dict[str, Path],
    families: list[str],
    work: Path,
    settings: dict[str, Any],
    llama_types: tuple[str, ...] = LLAMA_TYPES,
    llama_source: Path | None = None,
    cut: dict[str, Path] | None = None,
) -> list[EngineSpec]:
    """What each engine loads; ``cut``: int8/int4 variants with their output layer cut (:func:`cut_variants`)."""
    specs: list[EngineSpec] = []
    common = {**settings, "model_dir": str(model_dir)}
    weights = _size(model_dir, "*.safetensors") or _size(model_dir, "pytorch_model*.bin")
    if "torch" in families:
        specs.append(
            EngineSpec("torch eager fp32", "torch", str(model_dir), "fp32", size_bytes=weights, settings=common)
        )
    if "imitate" in families:
        if settings["device"] == "cuda":  # the runtime's torch engine on CUDA: static KV cache + CUDA graph
            specs.append(
                EngineSpec(
                    "imitate torch (CUDA graph)",
                    "imitate",
                    str(model_dir),
                    "torch",
                    size_bytes=weights,
                    settings=common,
                )
            )
        for variant, folder in variants.items():
            specs.append(
                EngineSpec(
                    f"imitate {variant}",
                    "imitate",
                    str(folder),
                    variant,
                    size_bytes=_size(folder, "model.onnx*"),
                    settings=common,
                )
            )
        for variant, folder in (cut or {}).items():
            label = f"imitate {variant} cut"
            size = _size(folder, "model.onnx*")
            specs.append(EngineSpec(label, "imitate", str(folder), variant, size_bytes=size, settings=common))
        if settings["device"] == "cpu" and _native_buildable():  # the int4 variants again, stepped by C++
            int4 = [(f"imitate native {v}", f) for v, f in variants.items() if v == "int4"]
            int4 += [(f"imitate native {v} cut", f) for v, f in (cut or {}).items() if v == "int4"]
            for label, folder in int4:
                native = {**common, "engine": "native"}
                size = _size(folder, "model.onnx*")
                specs.append(EngineSpec(label, "imitate", str(folder), "int4", size_bytes=size, settings=native))
    if "optimum" in families:
        for variant, folder in variants.items():
            specs.append(
                EngineSpec(
                    f"optimum {variant}",
                    "optimum",
                    str(folder),
                    variant,
                    size_bytes=_size(folder, "model.onnx*"),
                    settings=common,
                )
            )
    if "optimum-int8" in families and "fp32" in variants and settings["device"] == "cpu":
        folder = optimum_default_int8(variants["fp32"], work / "optimum-int8")
        specs.append(
            EngineSpec(
                "optimum int8 (default)",
                "optimum",
                str(folder),
                "int8",
                "model_quantized.onnx",
                size_bytes=_size(folder, "model_quantized.onnx*"),
                settings=common,
            )
        )
    if "ct2" in families:
        if _installed("ctranslate2"):
            folder = ct2_convert(model_dir, work / "ct2-int8")
            specs.append(
                EngineSpec(
                    "ctranslate2 int8",
                    "ct2",
                    str(folder),
                    "int8",
                    size_bytes=_size(folder, "model.bin"),
                    settings=common,
                )
            )
        else:
            logger.warning("ctranslate2 is not installed (pip install 'imitate[bench]'): no CTranslate2 reference")
    if "llama" in families:
        specs += llama_specs(model_dir, work, common, llama_types, llama_source)
    return specs


def llama_specs(
    model_dir: Path, work: Path, common: dict[str, Any], types: tuple[str, ...], source: Path | None
) -> list[EngineSpec]:
    if not _installed("llama_cpp"):
        logger.warning("llama_cpp is not installed (see the README's Benchmarks): no llama.cpp reference")
        return []
    if common["device"] != "cpu":
        logger.warning("llama.cpp runs on the CPU only here (a CPU build of llama-cpp-python): left out")
        return []
    files = gguf_convert(model_dir, work / "gguf", types, source)
    return [
        EngineSpec(f"llama.cpp {kind}", "llama", str(path), kind, path.name, path.stat().st_size, common)
        for kind, path in files.items()
    ]


# --- measuring --------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def measure(
    remotes: list[Remote], shapes: list[Shape], repeats: int, pause: float = 0.0
) -> dict[tuple[str, str], dict[str, list]]:
    """Every engine runs each shape ``repeats`` times (after one warm-up), taking turns call by call.

    ``pause`` seconds pass before each timed call, so that threads an engine leaves spinning (OpenMP's
    wait policy: CTranslate2's Intel OpenMP spins 200 ms by default) do not slow the next one.
    """
    samples: dict[tuple[str, str], dict[str, list]] = {}
    for shape in shapes:
        able = [r for r in remotes if supports(r.spec.family, shape)]
        for remote in able:  # warm-up: first-call allocations, thread pools, caches
            remote.call(shape, 0)
            samples[(remote.spec.label, shape.name)] = {"latency": [], "tokens": [], "ttft": []}
        for repeat in range(repeats):
            turn = able[repeat % len(able) :] + able[: repeat % len(able)]  # rotate who goes first
            for remote in turn:
                time.sleep(pause)
                seconds, tokens = remote.call(shape, repeat + 1)
                time.sleep(pause)
                first, _ = remote.call(shape.first_token(), repeat + 1)
                entry = samples[(remote.spec.label, shape.name)]
                entry["latency"].append(seconds)
                entry["tokens"].append(tokens)
                entry["ttft"].append(first)
            logger.info("%s: round %d/%d done", shape.name, repeat + 1, repeats)
    return samples


def summarise(remotes: list[Remote], shapes: list[Shape], samples, memory: dict[str, dict]) -> list[Result]:
    results: list[Result] = []
    for shape in shapes:
        for remote in remotes:
            if (remote.spec.label, shape.name) not in samples:
                continue
            s = samples[(remote.spec.label, shape.name)]
            tokens_per_s = statistics.median(t / x for t, x in zip(s["tokens"], s["latency"], strict=True))
            results.append(
                Result(
                    engine=remote.spec.label,
                    shape=shape.name,
                    batch=shape.batch,
                    new_tokens=shape.new_tokens,
                    runs=len(s["latency"]),
                    tokens_per_s=tokens_per_s,
                    latency_p50_s=percentile(s["latency"], 0.5),
                    latency_p95_s=percentile(s["latency"], 0.95),
                    ttft_p50_s=percentile(s["ttft"], 0.5),
                    peak_rss_mb=memory.get(remote.spec.label, {}).get("VmHWM", float("nan")),
                    load_s=remote.load_s,
                    model_mb=remote.spec.size_bytes / 1e6,
                )
            )
        base = next((r for r in results if r.shape == shape.name and r.engine.startswith("torch")), None)
        for r in results:
            if base and r.shape == shape.name:
                r.speedup_vs_torch = r.tokens_per_s / base.tokens_per_s
    return results


# (name, shape, the other engine's label prefix, target): best imitate tok/s over the other's best, on CPU
RATIO_TARGETS = (
    ("b1_vs_ctranslate2", "b1", "ctranslate2", 1.5),
    ("b1_vs_llama_cpp", "b1", "llama.cpp", 1.3),
    ("b8_vs_ctranslate2", "b8", "ctranslate2", 1.0),
    ("b8_vs_llama_cpp", "b8", "llama.cpp", 1.0),
    ("b32_vs_llama_cpp_q4_0", "b32", "llama.cpp q4_0", 1.5),
)
BOT_P50_TARGET_S = 0.6  # the bot's shape (5 posts of 60 tokens, top-p): median latency


def targets(results: list[Result], device: str) -> dict[str, Any]:
    """The issue's targets: best imitate variant vs PyTorch eager, CTranslate2 and llama.cpp; the bot shape's p50.

    Every variant counted here passed the exporter's quality gate (only published variants are run).
    """

    def best(prefix: str, shape: str) -> Result | None:
        found = [r for r in results if r.engine.startswith(prefix) and r.shape == shape]
        return max(found, key=lambda r: r.tokens_per_s, default=None)

    def ratio(ours: Result, other: Result, need: float) -> dict[str, Any]:
        value = ours.tokens_per_s / other.tokens_per_s
        return {"engine": ours.engine, "versus": other.engine, "ratio": value, "target": need, "met": value >= need}

    out: dict[str, Any] = {}
    ours, torch_b1 = best("imitate", "b1"), best("torch", "b1")
    if ours and torch_b1:
        out["b1_vs_torch"] = ratio(ours, torch_b1, 3.5 if device == "cpu" else 3.0)
    for name, shape, prefix, need in RATIO_TARGETS:
        mine, other = best("imitate", shape), best(prefix, shape)
        if mine and other:
            out[name] = ratio(mine, other, need)
    bot = [r for r in results if r.engine.startswith("imitate") and r.shape == "bot"]
    if bot:
        fastest = min(bot, key=lambda r: r.latency_p50_s)
        out["bot_p50"] = {
            "engine": fastest.engine,
            "seconds": fastest.latency_p50_s,
            "target": BOT_P50_TARGET_S,
            "met": fastest.latency_p50_s < BOT_P50_TARGET_S,
        }
    return out


# --- reporting -----------------------------------------------------------------------------------------------


def machine(threads: int, device: str) -> dict[str, Any]:
    from imitate.hardware import cpu_identity, cpu_name, physical_cores

    cpu = cpu_name()
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    info: dict[str, Any] = {
        "cpu": cpu,
        "cpu_identity": cpu_identity(),
        "logical_cpus": os.cpu_count(),
        "physical_cores": physical_cores(),
        "threads": threads,
        "device": device,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }
    if device == "cuda":
        try:
            import torch

            info["gpu"] = torch.cuda.get_device_name(0)
        except Exception as exc:  # torch without CUDA, or no GPU
            info["gpu"] = f"unknown ({exc})"
    return info


READ_SIZES_MB = (32, 256)  # within and past the cache a VM gets (one had 64 MB of its 300 MiB L3): drift shows in both


def memory_read(sizes_mb: tuple[int, ...] = READ_SIZES_MB) -> dict[str, float]:
    """GB/s this process reads float32 arrays of each size (``np.dot`` of one with itself, best of three).
    Measured before and after the run: on a shared VM the cache and memory speed drift within minutes, and
    a step that streams its weights (int4 GPT-2 124M: ~55 MB) moves with them."""
    import numpy as np

    speeds = {}
    for size in sizes_mb:
        values = np.ones(size * 2**20 // 4, np.float32)
        np.dot(values, values)
        repeats = max(2, 256 // size)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            for _ in range(repeats):
                np.dot(values, values)
            best = min(best, (time.perf_counter() - started) / repeats)
        speeds[f"{size}MB"] = round(values.nbytes / best / 1e9, 1)
    return speeds


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def table(results: list[Result]) -> str:
    head = ["engine", "shape", "tok/s", "x torch", "p50 s", "p95 s", "TTFT ms", "peak MB", "load s", "size MB"]
    rows = [head]
    for r in results:
        rows.append(
            [
                r.engine,
                f"{r.shape} (b{r.batch}x{r.new_tokens})",
                f"{r.tokens_per_s:.1f}",
                f"{r.speedup_vs_torch:.2f}" if r.speedup_vs_torch else "-",
                f"{r.latency_p50_s:.3f}",
                f"{r.latency_p95_s:.3f}",
                f"{r.ttft_p50_s * 1000:.1f}",
                f"{r.peak_rss_mb:.0f}" if r.peak_rss_mb == r.peak_rss_mb else "-",
                f"{r.load_s:.1f}",
                f"{r.model_mb:.1f}",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_png(results: list[Result], path: Path) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "PNG chart not written: matplotlib is not installed"
    shapes = list(dict.fromkeys(r.shape for r in results))
    fig, axes = plt.subplots(1, len(shapes), figsize=(5 * len(shapes), 4), squeeze=False)
    for ax, shape in zip(axes[0], shapes, strict=True):
        rows = [r for r in results if r.shape == shape]
        ax.barh([r.engine for r in rows], [r.tokens_per_s for r in rows])
        ax.set_title(f"{shape}: tokens/s")
        ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    return f"PNG chart written to {path}"


# --- the command ---------------------------------------------------------------------------------------------


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    from imitate.hardware import physical_cores

    threads = args.threads or physical_cores()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="imitate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.model:
            model_dir = Path(args.model).expanduser().resolve()
            if not (model_dir / "config.json").is_file():
                raise SystemExit(f"benchmark: {model_dir} is not a model folder (no config.json)")
        else:
            model_dir = build_arch(args.arch, work / "models" / f"random-{args.arch}")
        families = [f for f in args.engines if f in FAMILIES]
        llama = {"llama_types": tuple(args.llama_types), "llama_source": args.llama_src}
        variants = prepare(model_dir, args.variants, families, work, args.device, **llama)
        cut = {}
        if args.vocabulary and "imitate" in families:
            cut = cut_variants(model_dir, variants, args.vocabulary, args.escape_share, work)
        if args.prepare_only:
            return {}
        settings = {"threads": threads, "device": args.device}
        specs = engine_specs(model_dir, variants, families, work, settings, cut=cut, **llama)
        shapes = shapes_for(args.tokens, args.shapes, min(60, args.tokens) if args.quick else 60, args.burst)
        started = time.time()
        before, read_before = load_average(), memory_read()
        remotes: list[Remote] = []
        try:
            for spec in specs:
                logger.info("loading %s", spec.label)
                remotes.append(Remote(spec, args.inprocess))
            samples = measure(remotes, shapes, args.repeats, args.pause)
            memory = {r.spec.label: r.memory() for r in remotes}
        finally:
            for remote in remotes:
                remote.close()
        results = summarise(remotes, shapes, samples, memory)
        report = {
            "machine": machine(threads, args.device),
            "model": {
                "folder": str(model_dir),
                "arch": args.arch if not args.model else None,
                "variants": sorted(variants),
                "cut": {v: _cut_figures(folder) for v, folder in cut.items()},
            },
            "settings": {
                "repeats": args.repeats,
                "tokens": args.tokens,
                "shapes": [asdict(s) for s in shapes],
                "prompt": PROMPT,
                "prefix": PREFIX,
                "inprocess": args.inprocess,
                "pause_s": args.pause,
                "load_average_before": before,
                "load_average_after": load_average(),
                "memory_read_gbps_before": read_before,
                "memory_read_gbps_after": memory_read(),
                "seconds": round(time.time() - started, 1),
            },
            "results": [asdict(r) for r in results],
            "targets": targets(results, args.device),
        }
        return report
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def print_report(report: dict[str, Any]) -> None:
    m, s = report["machine"], report["settings"]
    print(
        f"CPU: {m['cpu_identity']} ({m['logical_cpus']} logical, {m['physical_cores']} physical); "
        f"threads {m['threads']}; "
        f"device {m['device']}{' (' + m['gpu'] + ')' if m.get('gpu') else ''}"
    )
    print("versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()))
    print(
        f"model: {report['model']['folder']}; {s['repeats']} runs per cell after a warm-up; "
        f"load average {s['load_average_before']} -> {s['load_average_after']}"
    )
    before, after = (" / ".join(map(str, s[f"memory_read_gbps_{k}"].values())) for k in ("before", "after"))
    print(f"memory read GB/s ({' / '.join(s['memory_read_gbps_before'])}): {before} -> {after}")
    print()
    print(table([Result(**r) for r in report["results"]]))
    for name, t in report["targets"].items():
        if "ratio" in t:
            verdict = "met" if t["met"] else "NOT met"
            versus = f" vs {t['versus']}" if t.get("versus") else ""
            print(f"target {name}: {t['engine']}{versus} {t['ratio']:.2f}x (target {t['target']}x): {verdict}")
        else:
            print(
                f"target {name}: {t['engine']} {t['seconds']:.3f} s (target < {t['target']} s): "
                f"{'met' if t['met'] else 'NOT met'}"
            )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m export.benchmark", description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--model", help="a model folder (its published ONNX variants; exported if none)")
    source.add_argument("--arch", choices=sorted(ARCHS), default="gpt2", help="random model to build (default gpt2)")
    parser.add_argument("--variants", default="fp32,int8", help="ONNX variants (default fp32,int8)")
    parser.add_argument("--engines", default=",".join(FAMILIES), help=f"engine families (default {','.join(FAMILIES)})")
    parser.add_argument("--shapes", default="b1,b8,bot", help="b1, b8, b32, bot, burst (default b1,b8,bot)")
    parser.add_argument(
        "--burst",
        type=int,
        default=25,
        help="burst shape: this many concurrent requests of 5 posts, distinct prompts (default 25)",
    )
    parser.add_argument(
        "--llama-types",
        default=",".join(LLAMA_TYPES),
        help=f"GGUF types for the llama engine (default {','.join(LLAMA_TYPES)}; also f32)",
    )
    parser.add_argument(
        "--llama-src",
        type=Path,
        help="llama-cpp-python sdist (or llama.cpp tree) with convert_hf_to_gguf.py (default: pip download)",
    )
    parser.add_argument(
        "--vocabulary",
        type=Path,
        help="a posts file (CSV/JSON/JSONL/tweets.js): also run int8/int4 with the output layer cut to its tokens",
    )
    parser.add_argument(
        "--escape-share",
        type=float,
        default=0.05,
        help="the cut's escape share, as a trained model measures it (2-12%% here; default 0.05)",
    )
    parser.add_argument("--tokens", type=int, default=64, help="new tokens for b1, b8 and b32 (default 64)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per engine and shape (default 5)")
    parser.add_argument("--threads", type=int, default=2, help="threads per engine; 0: physical cores (default 2)")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between timed calls (default 0.25)")
    parser.add_argument("--quick", action="store_true", help="2 runs, 8 tokens: a smoke test")
    parser.add_argument("--inprocess", action="store_true", help="run engines in this process (no memory figures)")
    parser.add_argument("--workdir", help="keep the built model and conversions here (reused next time)")
    parser.add_argument(
        "--prepare-only",
        action="store_true",
        help="build, export and convert into --workdir, then stop (e.g. before a pinned run)",
    )
    parser.add_argument("--json", help="write the report as JSON here")
    parser.add_argument("--png", help="write a bar chart here (needs matplotlib)")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    split = lambda text: [x.strip() for x in text.split(",") if x.strip()]  # noqa: E731
    args.variants, args.engines, args.shapes = split(args.variants), split(args.engines), split(args.shapes)
    args.llama_types = split(args.llama_types)
    from export.llamacpp import TYPES

    unknown = [e for e in args.engines if e not in FAMILIES] + [s for s in args.shapes if s not in SHAPES]
    unknown += [t for t in args.llama_types if t not in TYPES]
    if unknown:
        raise SystemExit(f"benchmark: unknown engine or shape: {', '.join(unknown)}")
    if args.quick:
        args.repeats = min(args.repeats, 2)
        args.pause = min(args.pause, 0.02)
        if "--tokens" not in (argv if argv is not None else sys.argv):
            args.tokens = 8
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from imitate.logs import setup_logging

    setup_logging("INFO")
    if args.prepare_only and not args.workdir:
        raise SystemExit("benchmark: --prepare-only needs --workdir")
    report = run_benchmark(args)
    if not report:
        print(f"prepared in {args.workdir}")
        return 0
    print_report(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"JSON written to {args.json}")
    if args.png:
        print(write_png([Result(**r) for r in report["results"]], Path(args.png)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
