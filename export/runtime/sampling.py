"""One call's generation settings and the token sampler shared by every engine (numpy, seeded)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from export.runtime.errors import GenerationError
from imitate.config import GenerationConfig

NUCLEUS_FAST_K = 256  # top-p looks at this many best tokens first, and sorts the whole vocabulary only if needed


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


def choose_tokens(logits: np.ndarray, s: Sampling, rng: np.random.Generator) -> np.ndarray:
    """Next token per row of ``logits`` [B, V]: argmax, or a draw after temperature, top-k and top-p.

    One uniform number is drawn per row and step, whatever the row's state, so a seed fixes the stream.
    """
    if not s.do_sample:
        return logits.argmax(-1).astype(np.int64)
    return draw_tokens(logits, s, np.asarray(rng.random(logits.shape[0])))


def draw_tokens(logits: np.ndarray, s: Sampling, u: np.ndarray) -> np.ndarray:
    """Next token per row of ``logits`` [B, V] given one uniform number per row, ``u`` [B] (``do_sample``).

    Each row is computed from its own logits and number alone, so rows may be taken from any batch.
    """
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
    side: Literal["left", "right"] = "left" if inclusive else "right"
    n = w.size
    if n <= chunk:
        return min(int(np.searchsorted(np.cumsum(w, dtype=np.float64), target, side=side)), n - 1)
    pad = (-n) % chunk
    blocks = (np.concatenate([w, np.zeros(pad, w.dtype)]) if pad else w).reshape(-1, chunk)
    ends = np.cumsum(blocks.sum(axis=1, dtype=np.float64))
    b = min(int(np.searchsorted(ends, target, side=side)), len(ends) - 1)
    inner = np.cumsum(blocks[b], dtype=np.float64) + (ends[b - 1] if b else 0.0)
    return min(b * chunk + min(int(np.searchsorted(inner, target, side=side)), chunk - 1), n - 1)
