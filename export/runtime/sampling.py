"""One call's generation settings and the token sampler shared by every engine (numpy, seeded)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

    One uniform number is drawn per row and step, whatever the row's state, and one more for each row whose
    first draw falls outside the nucleus (:func:`draw_tokens`), so a seed fixes the stream.
    """
    if not s.do_sample:
        return logits.argmax(-1).astype(np.int64)
    return draw_tokens(logits, s, np.asarray(rng.random(logits.shape[0])), lambda rows: rng.random(len(rows)))


def draw_tokens(
    logits: np.ndarray,
    s: Sampling,
    u: np.ndarray,
    again: Callable[[np.ndarray], np.ndarray],
    parallel: Callable[..., Iterable[Any]] = map,
) -> np.ndarray:
    """Next token per row of ``logits`` [B, V] given one uniform number per row, ``u`` [B] (``do_sample``).

    Each row is computed from its own logits and numbers alone, so rows may be taken from any batch (the
    scheduler draws for every request with the same settings in one call). Within the kept tokens the
    draw walks the vocabulary in token order: token ``t`` is taken where the kept weights up to ``t``
    first exceed ``u`` times their total.

    Top-p without sorting: ``u`` first draws from every token (after top-k). The token drawn is in the
    nucleus exactly when the weights heavier than its own sum to less than ``top_p`` of the total, and
    then it is a draw from the nucleus. Otherwise (at most ``1 - top_p`` of the time) that row's nucleus
    is found by sorting, and a second number, ``again(rows)`` (one per such row, in row order, from the
    row's own generator), draws from it. Both paths together give each nucleus token its renormalised
    probability, and a row sorts its vocabulary only when it must.

    ``parallel``: a ``map`` that runs its calls at once (a thread pool's: numpy lets go of the GIL), over
    which the first draws of large batches are split; the second draws stay in row order.
    """
    rows = len(logits)
    pieces = max(1, min(PARALLEL_PIECES, rows // PARALLEL_MIN_ROWS))
    bounds = np.linspace(0, rows, pieces + 1).astype(int).tolist()
    spread = parallel if pieces > 1 else map  # one piece: no hand-over to a thread and back
    firsts = list(spread(lambda a, b: _first_draw(logits[a:b], s, u[a:b]), bounds[:-1], bounds[1:]))
    token = np.concatenate([f[0] for f in firsts])
    rejected = np.concatenate([f[1] + a for f, a in zip(firsts, bounds, strict=False)])
    if len(rejected):
        second = np.asarray(again(rejected), np.float64)
        kept = np.concatenate([f[2] for f in firsts])
        mass = s.top_p * np.concatenate([f[3] for f in firsts])
        kept *= kept >= _nucleus_thresholds(kept, mass)[:, None]
        kept_blocks = _block_sums(kept)
        token[rejected] = _walk(kept, kept_blocks, second * kept_blocks.sum(-1))
    return token


PARALLEL_PIECES = 2  # threads a large batch's first draws are split over
PARALLEL_MIN_ROWS = 16  # rows a piece must have to be worth a thread


def _first_draw(logits: np.ndarray, s: Sampling, u: np.ndarray) -> tuple[np.ndarray, ...]:
    """The first draw of each row from every token: (tokens, rows outside the nucleus, their weights, their
    totals)."""
    x = logits / s.temperature if s.temperature != 1.0 else logits
    vocab = x.shape[-1]
    if 0 < s.top_k < vocab:
        kth = np.partition(x, vocab - s.top_k, axis=-1)[:, vocab - s.top_k : vocab - s.top_k + 1]
        x = np.where(x < kth, np.float32(-np.inf), x)
    w = np.subtract(x, x.max(-1, keepdims=True), dtype=np.float32)
    np.exp(w, out=w)  # unnormalised probabilities; the best token's is 1
    blocks = _block_sums(w)
    total = blocks.sum(-1)
    token = _walk(w, blocks, np.asarray(u, np.float64) * total)
    if s.top_p >= 1.0:
        return token, np.zeros(0, np.int64), w[:0], total[:0]
    drawn = w[np.arange(len(w)), token]
    heavier = np.einsum("ij,ij->i", w, w > drawn[:, None], dtype=np.float32, casting="unsafe")
    rejected = np.flatnonzero(heavier >= s.top_p * total)
    return token, rejected, w[rejected], total[rejected]


BLOCK = 512  # the vocabulary is walked in blocks: numpy's cumsum over a whole row is slow


def _block_sums(w: np.ndarray) -> np.ndarray:
    """Per row of ``w`` [B, V]: the sum of each ``BLOCK`` columns (the last block may be shorter), as float64
    (each block summed pairwise in float32, which is exact enough for 512 weights of at most 1)."""
    rows, vocab = w.shape
    whole = vocab // BLOCK * BLOCK
    sums = [w[:, :whole].reshape(rows, -1, BLOCK).sum(-1)]
    if whole < vocab:
        sums.append(w[:, whole:].sum(-1, keepdims=True))
    return (np.concatenate(sums, axis=1) if len(sums) > 1 else sums[0]).astype(np.float64)


def _walk(w: np.ndarray, blocks: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Per row: the first column where ``cumsum(w)`` exceeds ``target`` (the last one if none). ``blocks``
    are the row's block sums (:func:`_block_sums`)."""
    rows, vocab = w.shape
    ends = np.cumsum(blocks, axis=-1)
    b = np.minimum((ends <= target[:, None]).sum(-1), ends.shape[1] - 1)
    columns = b[:, None] * BLOCK + np.arange(BLOCK)
    inside = np.where(columns < vocab, w[np.arange(rows)[:, None], np.minimum(columns, vocab - 1)], 0.0)
    start = np.where(b > 0, ends[np.arange(rows), b - 1], 0.0)
    running = np.cumsum(inside, axis=-1, dtype=np.float64) + start[:, None]
    within = np.minimum((running <= target[:, None]).sum(-1), BLOCK - 1)
    return np.minimum(b * BLOCK + within, vocab - 1).astype(np.int64)


def _nucleus_thresholds(w: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Per row of weights ``w`` [B, V] (best weight 1): the smallest weight of the shortest run of largest
    weights whose sum reaches ``mass`` [B] (top-p). A row whose best ``NUCLEUS_FAST_K`` weights may reach it
    is tried on those first; the others (flat distributions) sort the whole row."""
    rows, vocab = w.shape
    k = min(NUCLEUS_FAST_K, vocab)
    threshold = np.empty(rows, np.float32)
    todo = np.arange(rows)
    if k < vocab:
        quick = np.flatnonzero(mass <= k)  # k weights of at most 1 each cannot reach more
        if len(quick):
            best = -np.sort(-np.partition(w[quick], vocab - k, axis=-1)[:, vocab - k :], axis=-1)
            running = np.cumsum(best, axis=-1, dtype=np.float64)
            reached = running[:, -1] >= mass[quick]
            at = np.minimum((running < mass[quick, None]).sum(-1), k - 1)
            threshold[quick] = best[np.arange(len(quick)), at]
            todo = np.setdiff1d(todo, quick[reached])
    if len(todo):
        best = -np.sort(-w[todo], axis=-1)
        running = np.cumsum(best, axis=-1, dtype=np.float64)
        at = np.minimum((running < mass[todo, None]).sum(-1), vocab - 1)
        threshold[todo] = best[np.arange(len(todo)), at]
    return threshold
