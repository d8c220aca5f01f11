"""Which output tokens a variant keeps (:mod:`export.runtime.vocabulary`), held to a perplexity gate.

The candidates are nested keep sets: every token of the training posts, the 256 byte tokens (so any
text can still be written from kept pieces), end-of-text and the stop tokens; then the same plus
GPT-2's first 5,000, 10,000 or 20,000 ids (its earliest merges, the most frequent pieces of its
training text). Each candidate's escape share is the mean probability the fp32 model gives to the
tokens it leaves out, on the training posts. Each variant's held-out perplexity is computed once with
the whole layer and once per candidate with the cut mixture, in the same pass; the smallest candidate
within ``export.vocabulary_ppl_tolerance`` of the whole layer is kept, and none when none is.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from export import quality
from export.runtime.tokens import Tokens
from export.runtime.vocabulary import Vocabulary, mixture_log_probs

logger = logging.getLogger(__name__)

EXTRA_IDS = (0, 5_000, 10_000, 20_000)  # each candidate adds GPT-2's ids below this
SHARE_TOKENS = 4_096  # training-post tokens the escape shares are measured on
MIN_SHARE = 1e-4  # an escape share below this is rounded up (the escape must stay possible)


@dataclass
class Candidate:
    extra_ids: int
    kept: np.ndarray  # bool [V]
    escape_share: float

    @property
    def tokens(self) -> int:
        return int(self.kept.sum())

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(np.flatnonzero(self.kept).astype(np.int64), self.escape_share)


@dataclass
class Gate:
    """One variant's held-out figures: the whole layer's perplexity and each candidate's."""

    perplexity: float
    cut: list[float]
    unseen: list[float]  # share of held-out tokens each candidate leaves out
    chosen: int | None = None
    tolerance: float = 0.0
    figures: dict[str, Any] = field(default_factory=dict)


def candidates(folder: Path, texts: list[str], step: quality.Step, tokenizer: Any, block: int) -> list[Candidate]:
    """The nested keep sets of the model in ``folder``, trained on ``texts``, with their escape shares
    (``step``: the fp32 reference decoder)."""
    base = kept_tokens(folder, texts)
    sets = [base | (np.arange(len(base)) < extra) for extra in EXTRA_IDS]
    blocks = quality.token_blocks(tokenizer, texts, block, max_tokens=SHARE_TOKENS)
    shares = _escape_shares(step, blocks, sets)
    return [Candidate(e, k, max(MIN_SHARE, s)) for e, k, s in zip(EXTRA_IDS, sets, shares, strict=True)]


def kept_tokens(folder: Path, texts: list[str]) -> np.ndarray:
    """The smallest keep set, a bool mask over the vocabulary of the model in ``folder``: every token of
    ``texts``, the byte tokens, end-of-text and the stop tokens."""
    tokens = Tokens(folder)
    vocab = tokens.tokenizer.get_vocab(with_added_tokens=True)
    kept = np.zeros(max(vocab.values()) + 1, bool)
    for text in texts:
        kept[tokens.encode(text)] = True
    kept[[i for piece, i in vocab.items() if len(piece) == 1]] = True  # the byte tokens
    kept[tokens.stop_ids] = True
    kept[tokens.eos] = True
    return kept


def from_posts(folder: Path, posts: Path, escape_share: float) -> Vocabulary:
    """The smallest keep set for the posts in a file (any that ``imitate import`` reads), with a given
    escape share: for benchmarks of a random model, which cannot measure its share (its flat distribution
    leaves most of the mass outside any keep set), so they take a trained model's."""
    from trainer.clean import clean_text
    from trainer.sources.files import read_file

    texts = [t for t in (clean_text(p.text) for p in read_file(Path(posts))) if t]
    return Candidate(0, kept_tokens(folder, texts), escape_share).vocabulary()


def _escape_shares(step: quality.Step, blocks: np.ndarray, sets: list[np.ndarray]) -> list[float]:
    """Per keep set: the mean probability of the tokens it leaves out, over every position of ``blocks``."""
    others = np.stack([~kept for kept in sets]).astype(np.float64).T  # [V, C]
    totals, count = np.zeros(len(sets)), 0
    for logits, _ in quality.next_token_logits(step, blocks):
        weights = np.exp(logits - logits.max(-1, keepdims=True))
        totals += ((weights @ others) / weights.sum(-1, keepdims=True)).sum(0)
        count += len(weights)
    return [float(t / count) for t in totals] if count else [MIN_SHARE] * len(sets)


def gate(step: quality.Step, blocks: np.ndarray, options: list[Candidate], tolerance: float) -> Gate:
    """Held-out perplexity of the variant ``step`` with the whole layer and with each candidate's cut; the
    smallest candidate within ``tolerance`` is ``chosen``."""
    full, count = 0.0, 0
    cut, unseen = np.zeros(len(options)), np.zeros(len(options))
    masks = np.stack([option.kept for option in options])
    shares = np.array([option.escape_share for option in options])
    for logits, targets in quality.next_token_logits(step, blocks):
        full += quality.negative_log_likelihood(logits, targets)
        cut -= mixture_log_probs(logits, targets, masks, shares).sum(0)
        unseen += (~masks[:, targets]).sum(1)
        count += len(targets)
    perplexity = math.exp(full / count)
    cuts = [math.exp(c / count) for c in cut]
    result = Gate(perplexity, cuts, [u / count for u in unseen], tolerance=tolerance)
    passing = [k for k, c in enumerate(cuts) if (c - perplexity) / perplexity <= tolerance]
    result.chosen = min(passing, key=lambda k: options[k].tokens) if passing else None
    result.figures = _figures(result, options)
    return result


def _figures(result: Gate, options: list[Candidate]) -> dict[str, Any]:
    """What the manifest records: every candidate's figures and which one was kept."""
    rows = [
        {
            "tokens": option.tokens,
            "extra_ids": option.extra_ids,
            "escape_share": round(option.escape_share, 5),
            "perplexity": round(ppl, 4),
            "relative_change": round((ppl - result.perplexity) / result.perplexity, 5),
            "unseen_share": round(unseen, 5),
        }
        for option, ppl, unseen in zip(options, result.cut, result.unseen, strict=True)
    ]
    chosen = rows[result.chosen] if result.chosen is not None else None
    return {
        "cut": chosen is not None,
        "full_perplexity": round(result.perplexity, 4),
        "tolerance": result.tolerance,
        **({"kept": chosen} if chosen else {}),
        "candidates": rows,
    }
