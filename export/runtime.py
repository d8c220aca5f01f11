"""Turning (model folder, prompt, settings) into posts: one generator, two engines.

``load_generator(cfg, name)`` picks the engine and variant: on the CPU the best published ONNX variant
(int8 > int4 > fp32), else PyTorch on the trained folder; on a GPU the PyTorch engine with its
CUDA-graph decode step (:class:`GraphEngine`), or with ``engine="onnx"`` ONNX Runtime's CUDA provider
(fp16 > fp32). All engines share one decode loop here:

* the prompt (after the model's ``prefix``, ``<|endoftext|>``) is run once at batch 1 and its KV cache
  repeated for the ``n`` posts, which are then decoded together, one token per step;
* tokens are chosen by one numpy sampler (greedy, or temperature / top-k / top-p with a seeded
  ``numpy.random.Generator``), so a seed gives the same posts on either engine when their logits agree;
* a post ends at end-of-text or at any token holding a newline (it would be cut there anyway), those
  tokens are suppressed until ``min_length``, and decoding stops once every post has ended.

The ONNX engine runs its own loop over an ``onnxruntime.InferenceSession`` of the exported
with-past graph (``past_key_values.*`` in, ``present.*`` out), with IO binding so the cache stays in
ONNX Runtime's buffers between steps (on the GPU too). On the benchmark (GPT-2 124M, 2 cores) it is
1.3x optimum's ``ORTModelForCausalLM.generate`` on the same int8 graph at batch 1 and 2.5x on the bot's
5 sampled posts. Sessions use ``runtime.threads`` intra-op threads (0: one per physical core), one
inter-op thread, and no spinning, so idle generators leave no busy threads.

Posts that copy a training post (:mod:`export.originality`) are drawn again, a few times, keeping the
least-copied one.
"""

from __future__ import annotations

from imitate.errors import UserError
import dataclasses
import json
import logging
import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from export.originality import Copy, OriginalityIndex, index_path, training_texts
from export.providers import CUDA, CudaUnavailableError, cuda_built, install_hint, open_session
from imitate.config import Config, GenerationConfig
from imitate.paths import model_dir as default_model_dir
from imitate.text import END_OF_TEXT, post_from_decoded

logger = logging.getLogger(__name__)

ENGINES = ("onnx", "torch")
VARIANT_PREFERENCE = {"cpu": ("int8", "int4", "fp32"), "cuda": ("fp16", "fp32")}
MODEL_FILE = "model.onnx"
MANIFEST = "manifest.json"
NUCLEUS_FAST_K = 256  # top-p looks at this many best tokens first, and sorts the whole vocabulary only if needed


class GenerationError(UserError, ValueError):
    """A generation request or model that cannot be served: one clear line for the user."""


class PromptTooLongError(GenerationError):
    """The prompt has more tokens than ``runtime.max_prompt_tokens``."""


# --- settings ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sampling(GenerationConfig):
    """The generation settings of one call: the model's saved defaults plus the caller's overrides.

    The saved settings are ``[generate]``'s (``min_length``/``max_length`` count all tokens, prefix and
    prompt included, as in transformers); a call may also bound the new tokens alone. Bad values raise
    :class:`GenerationError` (a request's mistake), not the config's error.
    """

    max_new_tokens: int | None = None  # overrides max_length when set
    min_new_tokens: int | None = None  # overrides min_length when set
    originality: bool = True

    def __post_init__(self) -> None:  # replaces GenerationConfig's checks: these name the call's settings
        if not 0.0 < self.top_p <= 1.0:
            raise GenerationError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0:
            raise GenerationError(f"top_k must be >= 0, got {self.top_k}")
        if not self.temperature > 0:
            raise GenerationError(f"temperature must be positive, got {self.temperature}")
        if self.min_length < 0 or self.max_length < 1:
            raise GenerationError("min_length must be >= 0 and max_length >= 1")
        if self.max_new_tokens is not None and self.max_new_tokens < 1:
            raise GenerationError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.min_new_tokens is not None and self.min_new_tokens < 0:
            raise GenerationError(f"min_new_tokens must be >= 0, got {self.min_new_tokens}")

    @classmethod
    def from_folder(cls, folder: Path, fallback: GenerationConfig, originality: bool = True) -> Sampling:
        """``generation_config.json`` of ``folder`` (missing keys from ``fallback``, the config's [generate])."""
        values: dict[str, Any] = dataclasses.asdict(fallback)
        path = Path(folder) / "generation_config.json"
        if path.is_file():
            try:
                saved = json.loads(path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise GenerationError(f"{path} is not valid JSON: {exc}") from None
            values.update({k: saved[k] for k in values if saved.get(k) is not None})
        return cls(**values, originality=originality)

    def override(self, **changes: Any) -> Sampling:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise GenerationError(
                f"unknown generation setting(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        try:
            return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})
        except TypeError as exc:
            raise GenerationError(f"invalid generation setting: {exc}") from None


# --- tokenizer ---------------------------------------------------------------------------------------


class Tokens:
    """The model's byte-level BPE tokenizer (``tokenizers``, no torch), its end-of-text and newline tokens."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        folder = Path(folder)
        if (folder / "tokenizer.json").is_file():
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        elif (folder / "vocab.json").is_file() and (folder / "merges.txt").is_file():
            from tokenizers.implementations import ByteLevelBPETokenizer

            self.tokenizer = ByteLevelBPETokenizer(str(folder / "vocab.json"), str(folder / "merges.txt"))
            self.tokenizer.add_special_tokens([END_OF_TEXT])
        else:
            raise GenerationError(f"{folder} has no tokenizer (tokenizer.json, or vocab.json and merges.txt)")
        eos = self.tokenizer.token_to_id(END_OF_TEXT)
        if eos is None:
            raise GenerationError(f"the tokenizer in {folder} has no {END_OF_TEXT} token: not a GPT-2 tokenizer")
        self.eos = int(eos)
        vocab = self.tokenizer.get_vocab(with_added_tokens=True)
        # Byte-level BPE writes the bytes \n and \r as 'Ċ' and 'č'.
        newline = [i for token, i in vocab.items() if "Ċ" in token or "č" in token]
        self.stop_ids = np.array(sorted({self.eos, *newline}), np.int64)

    def encode(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=False).ids if text else []

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=False)


# --- sampling ----------------------------------------------------------------------------------------


def choose_tokens(logits: np.ndarray, s: Sampling, rng: np.random.Generator) -> np.ndarray:
    """Next token per row of ``logits`` [B, V]: argmax, or a draw after temperature, top-k and top-p.

    One uniform number is drawn per row and step, whatever the row's state, so a seed fixes the stream.
    """
    if not s.do_sample:
        return logits.argmax(-1).astype(np.int64)
    u = rng.random(logits.shape[0])
    x = logits.astype(np.float32, copy=True)
    if s.temperature != 1.0:
        x /= s.temperature
    vocab = x.shape[-1]
    if 0 < s.top_k < vocab:
        kth = np.partition(x, vocab - s.top_k, axis=-1)[:, vocab - s.top_k : vocab - s.top_k + 1]
        x[x < kth] = -np.inf
    x -= x.max(-1, keepdims=True)
    np.exp(x, out=x)  # unnormalised probabilities
    out = np.empty(logits.shape[0], np.int64)
    for row in range(logits.shape[0]):
        w = x[row]
        if s.top_p < 1.0:
            candidates = np.flatnonzero(w >= _nucleus_threshold(w, s.top_p * float(w.sum(dtype=np.float64))))
            w = w[candidates]
            out[row] = candidates[_first_exceeding(w, u[row] * float(w.sum(dtype=np.float64)))]
        else:
            out[row] = _first_exceeding(w, u[row] * float(w.sum(dtype=np.float64)))
    return out


def _nucleus_threshold(w: np.ndarray, mass: float) -> float:
    """The smallest weight of the shortest run of largest weights whose sum reaches ``mass`` (top-p)."""
    vocab = w.size
    k = min(NUCLEUS_FAST_K, vocab)
    best = np.sort(np.partition(w, vocab - k)[vocab - k :])[::-1]
    if k < vocab and float(best.sum(dtype=np.float64)) < mass:  # a flat distribution: the whole vocabulary
        best = np.sort(w)[::-1]
    return float(best[_first_exceeding(best, mass, inclusive=True)])


def _first_exceeding(w: np.ndarray, target: float, inclusive: bool = False, chunk: int = 512) -> int:
    """First index where ``cumsum(w)`` exceeds ``target`` (reaches it, if ``inclusive``); the last index if none.

    Sums blocks first and runs a cumulative sum inside one block only: numpy's ``cumsum`` is slow on a
    whole vocabulary.
    """
    side = "left" if inclusive else "right"
    n = w.size
    if n <= chunk:
        return min(int(np.searchsorted(np.cumsum(w, dtype=np.float64), target, side=side)), n - 1)
    pad = (-n) % chunk
    blocks = (np.concatenate([w, np.zeros(pad, w.dtype)]) if pad else w).reshape(-1, chunk)
    ends = np.cumsum(blocks.sum(axis=1, dtype=np.float64))
    b = min(int(np.searchsorted(ends, target, side=side)), len(ends) - 1)
    inner = np.cumsum(blocks[b], dtype=np.float64) + (ends[b - 1] if b else 0.0)
    return min(b * chunk + min(int(np.searchsorted(inner, target, side=side)), chunk - 1), n - 1)


# --- engines -----------------------------------------------------------------------------------------


def physical_cores() -> int:
    """Physical cores this process may use (SMT siblings counted once; affinity and cgroup quota respected)."""
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 1
    cores: set[tuple[str, str]] = set()
    try:
        physical = core = ""
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "physical id":
                physical = value
            elif key == "core id":
                core = value
            elif not key and core:
                cores.add((physical, core))
                core = ""
        if core:
            cores.add((physical, core))
    except OSError:
        pass
    count = min(len(cores), usable) if cores else usable
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            count = min(count, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, count)


class OnnxEngine:
    """An exported with-past decoder run step by step; the cache stays in ONNX Runtime's buffers."""

    name = "onnx"

    def __init__(self, folder: Path, threads: int = 0, device: str = "cpu"):
        import onnxruntime as ort

        self.ort = ort
        path = Path(folder) / MODEL_FILE
        if not path.is_file():
            raise GenerationError(f"no {MODEL_FILE} in {folder}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or physical_cores()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            self.session, self.device = self._open(path, options, device)
        except Exception as exc:  # onnxruntime raises its own types for a bad or truncated file
            raise GenerationError(f"cannot load {path}: {str(exc).splitlines()[0] if str(exc) else exc}") from None
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.past_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs() if o.name.startswith("present.")]
        if not self.past_names or len(self.past_names) != len(self.present_names):
            raise GenerationError(f"{path} is not a decoder with a KV cache (no past_key_values inputs)")
        first = inputs[self.past_names[0]]
        self.past_dtype = np.float16 if first.type == "tensor(float16)" else np.float32
        self.heads, self.head_dim = int(first.shape[1]), int(first.shape[3])
        self.position_ids = "position_ids" in inputs
        self.binding = self.session.io_binding()

    @staticmethod
    def _open(path: Path, options: Any, device: str) -> tuple[Any, str]:
        """A session on ``device``, or on the CPU (with a warning) when CUDA cannot be had."""
        if device == "cuda":
            try:
                return open_session(path, options, "cuda"), "cuda"
            except CudaUnavailableError as exc:
                logger.warning("device cuda asked for, but %s: using the CPU", exc)
        return open_session(path, options, "cpu"), "cpu"

    def _run(self, ids: np.ndarray, length: int, past: Sequence[Any]) -> tuple[np.ndarray, list[Any]]:
        """Feed ``ids`` [B, T] after ``length`` cached positions; logits of the last position [B, V], new cache."""
        batch, width = ids.shape
        b = self.binding
        b.bind_cpu_input("input_ids", ids)
        b.bind_cpu_input("attention_mask", np.ones((batch, length + width), np.int64))
        if self.position_ids:
            b.bind_cpu_input("position_ids", np.broadcast_to(np.arange(length, length + width), (batch, width)).copy())
        for name, value in zip(self.past_names, past):
            if isinstance(value, np.ndarray):
                b.bind_cpu_input(name, value)
            else:
                b.bind_ortvalue_input(name, value)
        b.clear_binding_outputs()
        b.bind_output("logits", "cpu")
        for name in self.present_names:
            b.bind_output(name, self.device)
        self.session.run_with_iobinding(b)
        outputs = b.get_outputs()
        logits = outputs[0].numpy()
        return np.ascontiguousarray(logits[:, -1, :], dtype=np.float32), list(outputs[1:])

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, list[Any]]:
        empty = [np.zeros((1, self.heads, 0, self.head_dim), self.past_dtype) for _ in self.past_names]
        return self._run(np.array([ids], np.int64), 0, empty)

    def expand(self, past: list[Any], n: int) -> list[Any]:
        if n == 1:
            return past
        ort_value = self.ort.OrtValue
        return [ort_value.ortvalue_from_numpy(np.repeat(v.numpy(), n, axis=0), self.device, 0) for v in past]

    def step(self, tokens: np.ndarray, length: int, past: list[Any]) -> tuple[np.ndarray, list[Any]]:
        return self._run(tokens.reshape(-1, 1).astype(np.int64), length, past)

    def close(self) -> None:
        self.binding = None
        self.session = None


class TorchEngine:
    """A transformers causal LM (the trained folder, fp32), stepped with its ``DynamicCache``."""

    name = "torch"

    def __init__(self, folder: Path, threads: int = 0, device: str = "cpu"):
        import torch
        from transformers import AutoModelForCausalLM

        self.torch = torch
        if threads:
            torch.set_num_threads(threads)
        self.device = "cuda" if device == "cuda" and torch.cuda.is_available() else "cpu"
        if device == "cuda" and self.device != "cuda":
            logger.warning("device cuda asked for, but torch sees no GPU: using the CPU")
        try:
            model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype=torch.float32)
        except Exception as exc:  # safetensors, torch and transformers each raise their own type
            raise GenerationError(f"cannot load the model in {folder}: {str(exc).splitlines()[0]}") from None
        self.model = model.eval().to(self.device)

    def _logits(self, out) -> np.ndarray:
        return out.logits[:, -1, :].float().cpu().numpy()

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Any]:
        with self.torch.inference_mode():
            out = self.model(input_ids=self.torch.tensor([ids], device=self.device), use_cache=True)
        return self._logits(out), out.past_key_values

    def expand(self, past: Any, n: int) -> Any:
        if n > 1:
            past.batch_repeat_interleave(n)
        return past

    def step(self, tokens: np.ndarray, length: int, past: Any) -> tuple[np.ndarray, Any]:
        ids = self.torch.from_numpy(tokens.reshape(-1, 1).astype(np.int64)).to(self.device)
        with self.torch.inference_mode():
            out = self.model(input_ids=ids, past_key_values=past, use_cache=True)
        return self._logits(out), out.past_key_values

    def close(self) -> None:
        self.model = None


class GraphEngine(TorchEngine):
    """The torch engine on CUDA: :class:`export.static_gpt2.StaticGPT2`, whose decode step is one CUDA graph.

    PyTorch eager spends a batch-1 GPT-2 step launching a few hundred tiny kernels; replaying the step as
    a recorded graph removed most of that (4.9x eager ``generate`` at batch 1 on an H200, end to end
    through this runtime). The graph's shapes are fixed, so one static engine is kept per batch size and
    cache length (the generation's prompt plus new tokens, rounded up to a power of two). On the CPU it
    runs without a graph: that is how the tests check it against :class:`TorchEngine`.
    """

    name = "torch"
    MAX_SHAPES = 8
    MIN_CACHE = 64

    def __init__(self, folder: Path, threads: int = 0, device: str = "cuda"):
        super().__init__(folder, threads, device)
        self.context = self.model.config.n_positions
        self._engines: dict[tuple[int, int], Any] = {}

    def _engine(self, n: int, cache_len: int):
        """The static engine for batch ``n`` and ``cache_len`` positions (kept for later calls)."""
        from export.static_gpt2 import StaticGPT2

        key = (n, cache_len)
        if key not in self._engines:
            if len(self._engines) >= self.MAX_SHAPES:
                self._engines.pop(next(iter(self._engines)))
            self._engines[key] = StaticGPT2(self.model, batch_size=n, max_len=cache_len)
        return self._engines[key]

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Any]:
        """``total``: the most positions this generation will fill; the cache is sized to the next power of
        two (each step attends over the whole cache, so a 1024-slot cache for a 70-token post costs 2x)."""
        need = max(total or self.context, len(ids) + 1, self.MIN_CACHE)
        cache_len = min(self.context, 1 << (need - 1).bit_length())
        ones = self.torch.ones(1, len(ids), dtype=self.torch.long)
        logits = self._engine(1, cache_len).prefill(self.torch.tensor([ids]), ones)
        return logits.cpu().numpy(), (ids, cache_len)

    def expand(self, past: Any, n: int) -> Any:
        ids, cache_len = past
        engine = self._engine(n, cache_len)
        batch = self.torch.tensor([ids] * n)
        engine.prefill(batch, self.torch.ones_like(batch))
        return engine

    def step(self, tokens: np.ndarray, length: int, past: Any) -> tuple[np.ndarray, Any]:
        logits = past.step(self.torch.from_numpy(tokens.astype(np.int64)).to(past.device))
        return logits.cpu().numpy(), past

    def close(self) -> None:
        self._engines.clear()
        super().close()


# --- the generator -----------------------------------------------------------------------------------


class Generator:
    """``generate(prompt, n, seed=..., **overrides)`` -> ``n`` posts starting with ``prompt``."""

    def __init__(
        self,
        backend: OnnxEngine | TorchEngine,
        tokens: Tokens,
        defaults: Sampling,
        *,
        name: str,
        variant: str,
        context: int,
        max_prompt_tokens: int,
        index: OriginalityIndex | None = None,
        originality_retries: int = 3,
    ):
        self.backend = backend
        self.tokens = tokens
        self.defaults = defaults
        self.name = name
        self.engine = backend.name
        self.variant = variant
        self.device = backend.device
        self.context = context
        self.max_prompt_tokens = max_prompt_tokens
        self.index = index
        self.originality_retries = originality_retries
        self.last_new_tokens = 0  # tokens decoded by the last generate call, retries included (for benchmarks)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Generator({self.name!r}, engine={self.engine}, variant={self.variant}, device={self.device})"

    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None, **overrides: Any) -> list[str]:
        """``n`` posts for ``prompt`` in one batch; the same ``seed`` gives the same posts."""
        if not isinstance(n, int) or n < 1:
            raise GenerationError(f"n must be a positive integer, got {n!r}")
        settings = self.defaults.override(**overrides)
        prompt_ids = self.tokens.encode(prompt)
        if len(prompt_ids) > self.max_prompt_tokens:
            raise PromptTooLongError(
                f"the prompt is {len(prompt_ids)} tokens long; at most {self.max_prompt_tokens} are allowed "
                "(runtime.max_prompt_tokens): shorten it"
            )
        prefix_ids = self.tokens.encode(settings.prefix)
        if not prefix_ids and not prompt_ids:  # nothing to start from: begin a new post
            prefix_ids = [self.tokens.eos]
        row = prefix_ids + prompt_ids
        rng = np.random.default_rng(seed)
        with self._lock:
            if self.backend is None:
                raise GenerationError(f"the generator for {self.name} is closed")
            self.last_new_tokens = 0
            posts = [self._post(prompt, prompt_ids, new) for new in self.sample_tokens(row, n, settings, rng)]
            if settings.originality and self.index is not None:
                posts = self._make_original(prompt, prompt_ids, row, posts, settings, rng)
        return posts

    def sample_tokens(self, row: list[int], n: int, s: Sampling, rng: np.random.Generator) -> list[list[int]]:
        """The new tokens of ``n`` continuations of ``row``, each ending at its stop token (included)."""
        room = self.context - len(row)
        if room < 1:
            raise PromptTooLongError(f"the prompt fills the model's context of {self.context} tokens")
        max_new = s.max_new_tokens if s.max_new_tokens is not None else s.max_length - len(row)
        max_new = min(max_new, room)
        if max_new < 1:
            raise GenerationError(
                f"max_length {s.max_length} leaves no room after the prompt's {len(row)} tokens: raise max_new_tokens"
            )
        min_new = s.min_new_tokens if s.min_new_tokens is not None else s.min_length - len(row)
        min_new = max(0, min(min_new, max_new))
        stops = self.tokens.stop_ids
        logits, past = self.backend.prefill(row, total=len(row) + max_new)
        past = self.backend.expand(past, n)
        logits = np.repeat(logits, n, axis=0)
        out = np.full((n, max_new), self.tokens.eos, np.int64)
        ended = np.zeros(n, bool)
        lengths = np.full(n, max_new)
        for i in range(max_new):
            if i < min_new:
                logits[:, stops[stops < logits.shape[1]]] = -np.inf
            chosen = np.where(ended, self.tokens.eos, choose_tokens(logits, s, rng))
            out[:, i] = chosen
            now = ~ended & np.isin(chosen, stops)
            lengths[now] = i + 1
            ended |= now
            if ended.all() or i + 1 == max_new:
                break
            logits, past = self.backend.step(chosen, len(row) + i, past)
        self.last_new_tokens += int(lengths.sum())
        return [out[r, : lengths[r]].tolist() for r in range(n)]

    def _post(self, prompt: str, prompt_ids: list[int], new: list[int]) -> str:
        """Prompt and continuation decoded together (no character split at the seam), then cut."""
        return post_from_decoded(prompt, self.tokens.decode(prompt_ids + new))

    # --- originality ----------------------------------------------------------------------------------

    def _copied(self, found: Copy, baseline: Copy) -> bool:
        """Copying a training post beyond what the prompt itself already copies."""
        assert self.index is not None
        return (found.exact or found.run >= self.index.n) and found > baseline

    def _make_original(
        self,
        prompt: str,
        prompt_ids: list[int],
        row: list[int],
        posts: list[str],
        s: Sampling,
        rng: np.random.Generator,
    ) -> list[str]:
        """Draw copied posts again (all of them in one batch per round); keep each slot's least-copied post."""
        assert self.index is not None
        baseline = self.index.check(prompt) if prompt else Copy(False, 0)

        def rank(post: str) -> tuple[bool, Copy]:
            found = self.index.check(post)
            return self._copied(found, baseline), found

        ranks = [rank(p) for p in posts]
        for _ in range(self.originality_retries if s.do_sample else 0):
            bad = [i for i, (copied, _) in enumerate(ranks) if copied]
            if not bad:
                break
            fresh = self.sample_tokens(row, len(bad), s, rng)
            for i, new in zip(bad, fresh):
                post = self._post(prompt, prompt_ids, new)
                candidate = rank(post)
                if candidate < ranks[i]:
                    posts[i], ranks[i] = post, candidate
        left = sum(copied for copied, _ in ranks)
        if left:
            logger.info(
                "%s: %d of %d posts still copy a training post; kept the least-copied", self.name, left, len(posts)
            )
        return posts

    def close(self) -> None:
        with self._lock:
            if self.backend is not None:
                self.backend.close()
                self.backend = None


# --- choosing and loading ----------------------------------------------------------------------------


def published_variants(model_folder: Path) -> dict[str, Path]:
    """``{variant: folder}`` of the exported variants that passed their checks (``manifest.json``)."""
    found: dict[str, Path] = {}
    root = Path(model_folder) / "onnx"
    if not root.is_dir():
        return found
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        manifest = folder / MANIFEST
        if not (folder / MODEL_FILE).is_file() or not manifest.is_file():
            continue
        try:
            published = json.loads(manifest.read_text(encoding="utf-8")).get("published", True)
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            logger.warning("%s is unreadable: variant %s skipped", manifest, folder.name)
            continue
        if published:
            found[folder.name] = folder
    return found


def best_variant(model_folder: Path, device: str = "cpu") -> str | None:
    """The preferred published variant for ``device`` (cpu: int8 > int4 > fp32; cuda: fp16 > fp32)."""
    available = published_variants(model_folder)
    return next((v for v in VARIANT_PREFERENCE.get(device, VARIANT_PREFERENCE["cpu"]) if v in available), None)


def _resolve_folder(cfg: Config, name: str) -> Path:
    candidate = Path(name).expanduser()
    if candidate.is_dir() and (candidate / "config.json").is_file():
        return candidate
    folder = default_model_dir(cfg.data_dir, name)
    if not folder.is_dir():
        raise GenerationError(f"no model named {name!r} in {folder.parent} (train it first: imitate train HANDLE)")
    return folder


def _effective_device(engine: str, device: str) -> str:
    """Where ``engine`` runs: ``auto`` takes the GPU when there is one it can use; ``cuda`` warns when not."""
    if device not in ("auto", "cpu", "cuda"):
        raise GenerationError(f"unknown device {device!r}: use auto, cpu or cuda")
    if device == "cpu":
        return "cpu"
    if device == "auto":
        import torch

        usable = torch.cuda.is_available() and (engine != "onnx" or cuda_built())
        return "cuda" if usable else "cpu"
    if engine == "onnx":
        if cuda_built():
            return "cuda"
        logger.warning("device cuda asked for, but onnxruntime has no %s (%s): using the CPU", CUDA, install_hint())
        return "cpu"
    import torch

    if torch.cuda.is_available():
        return "cuda"
    logger.warning("device cuda asked for, but torch sees no GPU: using the CPU")
    return "cpu"


def _context(folder: Path) -> int:
    try:
        config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GenerationError(f"cannot read {Path(folder) / 'config.json'}: {exc}") from None
    return int(config.get("n_positions") or config.get("max_position_embeddings") or 1024)


def load_index(cfg: Config, folder: Path) -> OriginalityIndex | None:
    """The model's originality index: the exported file, else built now from its training posts, else None."""
    path = index_path(folder)
    if path.is_file():
        try:
            return OriginalityIndex.load(path)
        except ValueError as exc:
            logger.warning("%s; originality filter off", exc)
            return None
    try:
        texts = training_texts(cfg.data_dir, folder)
    except Exception as exc:  # no split, no stored posts, unreadable store: run without the filter
        logger.info("no originality index for %s (%s): filter off", folder.name, exc)
        return None
    logger.info("originality index for %s built from %d training posts (not exported yet)", folder.name, len(texts))
    return OriginalityIndex.build(texts, cfg.runtime.originality_words)


def load_generator(
    cfg: Config,
    name: str,
    engine: str | None = None,
    variant: str | None = None,
    device: str | None = None,
) -> Generator:
    """A generator for model ``name`` (or a model folder path).

    ``engine`` None: the config's (onnx by default), falling back to torch when nothing is exported.
    ``variant`` None or "auto": the best published variant for the device.
    """
    folder = _resolve_folder(cfg, name)
    explicit_engine = engine not in (None, "auto") or (variant not in (None, "auto"))
    engine = engine or cfg.runtime.engine
    if engine not in ("auto", *ENGINES):
        raise GenerationError(f"unknown engine {engine!r}: use auto, onnx or torch")
    variant = variant or cfg.runtime.variant
    requested_device = device or cfg.runtime.device
    if engine == "auto":
        engine = auto_engine(requested_device, variant)
    device = _effective_device(engine, requested_device)
    load_folder = folder
    if engine == "onnx":
        available = published_variants(folder)
        if variant == "auto":
            variant = best_variant(folder, device)
            if variant is None:
                if explicit_engine:
                    raise GenerationError(
                        f"{folder.name} has no published ONNX variant: run `imitate export {folder.name}`"
                    )
                logger.warning("%s has no published ONNX variant: using the PyTorch engine", folder.name)
                engine = "torch"
        elif variant not in available:
            shown = ", ".join(sorted(available)) or "none"
            raise GenerationError(f"{folder.name} has no published ONNX variant {variant!r} (published: {shown})")
        if engine == "onnx":
            load_folder = available[variant]
    if engine == "torch":
        device = _effective_device("torch", requested_device)
        engine_class = GraphEngine if device == "cuda" and _is_gpt2(load_folder) else TorchEngine
        backend: OnnxEngine | TorchEngine = engine_class(load_folder, cfg.runtime.threads, device)
        variant = "fp32"
    else:
        backend = OnnxEngine(load_folder, cfg.runtime.threads or physical_cores(), device)
    index = load_index(cfg, folder) if cfg.runtime.originality else None
    return _generator(cfg, backend, load_folder, folder.name, variant, index)


def auto_engine(device: str, variant: str = "auto") -> str:
    """``runtime.engine = "auto"``: torch when a GPU is there and allowed (device auto or cuda) and no ONNX
    variant is named; else ONNX.

    On an H200 (GPT-2 124M, batch 1) the torch engine with its CUDA-graph decode step ran 4.9x
    transformers' eager ``generate``; ONNX Runtime's CUDA provider on the fp16 variant 1.1x. On the CPU
    the quantized ONNX variants are the fast ones (5-7x eager).
    """
    if device == "cpu" or variant not in (None, "auto"):
        return "onnx"
    import torch

    return "torch" if torch.cuda.is_available() else "onnx"


def _is_gpt2(folder: Path) -> bool:
    try:
        return json.loads((folder / "config.json").read_text(encoding="utf-8")).get("model_type") == "gpt2"
    except (OSError, ValueError):
        return False


def open_variant(cfg: Config, folder: Path, device: str | None = None, name: str | None = None) -> Generator:
    """A generator over one ONNX variant folder as it is (benchmarks, checks): no originality index."""
    folder = Path(folder)
    device = _effective_device("onnx", device or cfg.runtime.device)
    backend = OnnxEngine(folder, cfg.runtime.threads or physical_cores(), device)
    return _generator(cfg, backend, folder, name or folder.parent.parent.name, folder.name, None)


def _generator(cfg: Config, backend: OnnxEngine | TorchEngine, folder: Path, name: str, variant: str,
               index: OriginalityIndex | None) -> Generator:
    generator = Generator(
        backend,
        Tokens(folder),
        Sampling.from_folder(folder, cfg.generate, originality=cfg.runtime.originality),
        name=name,
        variant=variant,
        context=_context(folder),
        max_prompt_tokens=cfg.runtime.max_prompt_tokens,
        index=index,
        originality_retries=cfg.runtime.originality_retries,
    )
    logger.info("loaded %r", generator)
    return generator
