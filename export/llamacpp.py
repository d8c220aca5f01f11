"""llama.cpp as an outside reference for ``python -m export.benchmark``: GGUF conversion and batched decoding.

Conversion uses llama.cpp's own ``convert_hf_to_gguf.py`` (with its ``conversion/`` package and ``gguf-py``),
taken from the sdist of the installed llama-cpp-python release (``pip download``, or ``source``: that sdist
or an unpacked llama.cpp tree), so the converter and the library that loads its files are the same version.
The converter writes f32 (one run: it imports torch and reads every tensor); f16, q8_0 and q4_0 are made
from that file with ``llama_cpp.llama_model_quantize``, the ``llama-quantize`` tool's recipe (for q4_0:
the output tensor Q6_K, the rest Q4_0; llama.cpp repacks Q4_0 for AVX2/AVX512 when it loads it).

``LlamaDecoder`` runs several sequences as one batch in one llama context (one ``seq_id`` each, one
``llama_decode`` per step), greedy or top-p in numpy on the logits of each sequence.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

DISTRIBUTION = "llama-cpp-python"
CONVERTER_PARTS = ("convert_hf_to_gguf.py", "conversion/", "gguf-py/")
QUANTIZED_TYPES = {"f16": 1, "q8_0": 7, "q4_0": 2}  # LLAMA_FTYPE_MOSTLY_*
TYPES = ("f32", *QUANTIZED_TYPES)


def converter(work: Path, source: Path | None = None) -> Path:
    """``convert_hf_to_gguf.py`` under ``work/llama.cpp``, extracted once from the sdist (downloaded if none given)."""
    tree = work / "llama.cpp"
    script = tree / "convert_hf_to_gguf.py"
    if script.is_file():
        return script
    if source is not None and (source / "convert_hf_to_gguf.py").is_file():
        return source / "convert_hf_to_gguf.py"
    sdist = source if source is not None else download_sdist(work / "sdist")
    logger.info("extracting llama.cpp's converter from %s", sdist)
    partial = work / "llama.cpp.partial"
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if _converter_part(m.name)]
        for member in members:
            member.name = member.name.split("/vendor/llama.cpp/", 1)[1]
        tar.extractall(partial, members=members, filter="data")
    if not (partial / "convert_hf_to_gguf.py").is_file():
        raise RuntimeError(f"{sdist} has no vendor/llama.cpp/convert_hf_to_gguf.py")
    partial.rename(tree)
    return script


def _converter_part(name: str) -> bool:
    _, found, rest = name.partition("/vendor/llama.cpp/")
    return bool(found) and any(
        rest == part or (part.endswith("/") and rest.startswith(part)) for part in CONVERTER_PARTS
    )


def download_sdist(folder: Path) -> Path:
    """The sdist of the installed llama-cpp-python, fetched with pip (PyPI or the configured index)."""
    version = metadata.version(DISTRIBUTION)
    found = sorted(folder.glob(f"llama_cpp_python-{version}.tar.gz"))
    if found:
        return found[0]
    logger.info("downloading the %s %s sdist for its converter", DISTRIBUTION, version)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(folder)]
    subprocess.run([*command, f"{DISTRIBUTION}=={version}"], check=True, capture_output=True, text=True)
    return folder / f"llama_cpp_python-{version}.tar.gz"


def converter_input(model_dir: Path, folder: Path) -> Path:
    """The model folder as the converter reads it: its files linked, ``config.json`` with GPT-2's ``n_ctx``.

    transformers saves the context length as ``n_positions`` only; the converter's GPT-2 reads ``n_ctx``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for path in model_dir.iterdir():
        link = folder / path.name
        if path.is_file() and path.name != "config.json" and not link.exists():
            link.symlink_to(path.resolve())
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    config.setdefault("n_ctx", config.get("n_positions"))
    (folder / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return folder


def convert(model_dir: Path, out: Path, types: list[str], source: Path | None = None) -> dict[str, Path]:
    """``{type: GGUF file}`` of ``model_dir`` for each of ``types``, made once per ``out`` folder."""
    unknown = [t for t in types if t not in TYPES]
    if unknown:
        raise ValueError(f"unknown GGUF type {', '.join(unknown)} (known: {', '.join(TYPES)})")
    out.mkdir(parents=True, exist_ok=True)
    files = {t: out / f"model-{t}.gguf" for t in types}
    base = out / "model-f32.gguf"
    if not base.is_file():
        _run_converter(converter(out, source), converter_input(model_dir, out / "hf"), "f32", base)
    for kind, path in files.items():
        if kind != "f32" and not path.is_file():
            quantize(base, path, QUANTIZED_TYPES[kind])
    return files


def _run_converter(script: Path, model_dir: Path, kind: str, target: Path) -> None:
    logger.info("converting %s to GGUF %s", model_dir, kind)
    partial = target.with_suffix(".partial")
    command = [sys.executable, str(script), str(model_dir), "--outtype", kind, "--outfile", str(partial)]
    env = {**os.environ, "PYTHONPATH": str(script.parent / "gguf-py")}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"convert_hf_to_gguf.py failed ({kind}):\n{done.stderr[-3000:]}")
    partial.rename(target)


def quantize(source: Path, target: Path, ftype: int) -> None:
    """``llama_model_quantize`` of ``source`` into ``target`` (default recipe, all cores)."""
    import llama_cpp

    logger.info("quantizing %s to %s", source.name, target.name)
    silence()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = os.cpu_count() or 1
    partial = target.with_suffix(".partial")
    code = llama_cpp.llama_model_quantize(str(source).encode(), str(partial).encode(), ctypes.byref(params))
    if code != 0:
        raise RuntimeError(f"llama_model_quantize failed ({code}) on {source}")
    partial.rename(target)


def silence() -> None:
    """No llama.cpp log lines on stderr (model loading prints hundreds)."""
    import llama_cpp

    callback = llama_cpp.llama_log_callback(lambda level, text, data: None)
    llama_cpp.llama_log_set(callback, ctypes.c_void_p())
    silence.callback = callback  # type: ignore[attr-defined]  # keep the C callback alive


class LlamaDecoder:
    """One GGUF model and a context that holds ``n_seq`` sequences of ``n_ctx_seq`` tokens each (grown on demand)."""

    def __init__(self, path: Path, threads: int):
        import llama_cpp

        self.ll = llama_cpp
        silence()
        llama_cpp.llama_backend_init()
        params = llama_cpp.llama_model_default_params()
        self.model = llama_cpp.llama_model_load_from_file(str(path).encode(), params)
        if not self.model:
            raise RuntimeError(f"llama.cpp could not load {path}")
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.eos = llama_cpp.llama_vocab_eos(self.vocab)
        self.threads = threads
        self.ctx: Any = None
        self.size = (0, 0)  # (sequences, tokens per sequence) the context holds

    def tokenize(self, text: str) -> list[int]:
        """llama.cpp's own tokenization of ``text`` (special tokens such as ``<|endoftext|>`` parsed)."""
        data = text.encode()
        tokens = (self.ll.llama_token * (len(data) + 8))()
        n = self.ll.llama_tokenize(self.vocab, data, len(data), tokens, len(tokens), False, True)
        if n < 0:
            raise RuntimeError(f"llama_tokenize failed on {text!r}")
        return list(tokens[:n])

    def _context(self, n_seq: int, n_tokens: int) -> Any:
        if self.ctx is not None and self.size[0] >= n_seq and self.size[1] >= n_tokens:
            return self.ctx
        if self.ctx is not None:
            self.ll.llama_free(self.ctx)
        per_seq = -(-n_tokens // 256) * 256
        params = self.ll.llama_context_default_params()
        params.n_seq_max = n_seq
        params.n_ctx = n_seq * per_seq
        params.n_batch = max(512, n_seq * n_tokens)
        params.n_ubatch = min(params.n_batch, 512)
        params.n_threads = params.n_threads_batch = self.threads
        self.ctx = self.ll.llama_init_from_model(self.model, params)
        if not self.ctx:
            raise RuntimeError(f"llama.cpp could not make a context for {n_seq} x {per_seq} tokens")
        self.size = (n_seq, per_seq)
        return self.ctx

    def generate(self, ids: list[int], n_seq: int, new_tokens: int, sampler: Sampler) -> list[list[int]]:
        """``n_seq`` continuations of ``ids`` decoded together; each ends at ``new_tokens`` or at a stop."""
        ll = self.ll
        ctx = self._context(n_seq, len(ids) + new_tokens + 1)
        ll.llama_memory_clear(ll.llama_get_memory(ctx), True)
        batch = ll.llama_batch_init(max(n_seq * len(ids), n_seq), 0, n_seq)
        try:
            entries = [(token, pos, seq, pos == len(ids) - 1) for seq in range(n_seq) for pos, token in enumerate(ids)]
            rows: list[list[int]] = [[] for _ in range(n_seq)]
            live = list(range(n_seq))
            while live:
                self._decode(batch, entries)
                outputs = [i for i, entry in enumerate(entries) if entry[3]]  # batch index of each live row's logits
                logits = [
                    np.ctypeslib.as_array(ll.llama_get_logits_ith(ctx, i), shape=(self.n_vocab,)) for i in outputs
                ]
                chosen = sampler.choose(logits, len(rows[live[0]]))
                for seq, token in zip(live, chosen, strict=True):
                    rows[seq].append(token)
                live = [s for s in live if len(rows[s]) < new_tokens and not sampler.stops(rows[s][-1], len(rows[s]))]
                entries = [(rows[s][-1], len(ids) + len(rows[s]) - 1, s, True) for s in live]
            return rows
        finally:
            ll.llama_batch_free(batch)

    def _decode(self, batch: Any, entries: list[tuple[int, int, int, bool]]) -> None:
        for i, (token, pos, seq, logits) in enumerate(entries):
            batch.token[i] = token
            batch.pos[i] = pos
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = seq
            batch.logits[i] = logits
        batch.n_tokens = len(entries)
        code = self.ll.llama_decode(self.ctx, batch)
        if code != 0:
            raise RuntimeError(f"llama_decode failed ({code})")

    def close(self) -> None:
        if self.ctx is not None:
            self.ll.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            self.ll.llama_model_free(self.model)
            self.model = None


class Sampler:
    """Greedy (``top_p`` None: argmax, ``banned`` tokens masked) or top-p sampling with stop tokens and a minimum."""

    def __init__(
        self,
        top_p: float | None = None,
        seed: int = 0,
        banned: tuple[int, ...] = (),
        stop: frozenset[int] = frozenset(),
        min_new: int = 0,
    ):
        self.top_p = top_p
        self.rng = np.random.default_rng(seed)
        self.banned = list(banned)
        self.stop = stop
        self.stop_list = sorted(stop)
        self.min_new = min_new

    def choose(self, logits: list[np.ndarray], made: int) -> list[int]:
        rows = np.stack(logits)
        if self.banned:
            rows[:, self.banned] = -np.inf
        if made < self.min_new and self.stop_list:
            rows[:, self.stop_list] = -np.inf
        if self.top_p is None:
            return [int(t) for t in rows.argmax(axis=1)]
        return [self._top_p(row, self.top_p) for row in rows]

    def _top_p(self, row: np.ndarray, top_p: float) -> int:
        probs = np.exp(row - row.max())
        probs /= probs.sum()
        order = np.argsort(-probs)
        cumulative = np.cumsum(probs[order])
        keep = order[: int(np.searchsorted(cumulative, top_p)) + 1]
        kept = probs[keep] / probs[keep].sum()
        return int(self.rng.choice(keep, p=kept))

    def stops(self, token: int, made: int) -> bool:
        return made >= self.min_new and token in self.stop
