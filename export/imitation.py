"""How well generated posts imitate an account, as pure functions on lists of strings.

* **copying**: the share of generated posts that share a run of ``n`` words with a training post, the
  share of exact copies, and the longest shared run. Words and whole-post equality are those of the
  originality filter (:func:`export.originality.words`, :func:`~export.originality.normalise`), but the
  runs here are found exactly (word tuples, not hashes), so a figure never counts two training posts'
  overlapping runs as one;
* **style**: a two-sample Kolmogorov-Smirnov distance between the length distributions (words per post),
  distinct-1/2, the hashtag, mention and emoji rates, and the cross-validated accuracy of a TF-IDF plus
  logistic-regression classifier telling real from generated posts (0.5: indistinguishable).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from export.originality import normalise, words

HASHTAG = re.compile(r"(?<!\w)#\w+")
MENTION = re.compile(r"(?<!\w)@\w+")
EMOJI = re.compile(
    "[\U0001f1e6-\U0001f1ff\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff"
    "\U0001f900-\U0001f9ff\U0001fa70-\U0001faff\u2600-\u26ff\u2700-\u27bf]"
)
CLASSIFIER_FOLDS = 5


# --- copying --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CopyFigures:
    n: int  # words in a run that counts as copying
    copy_share: float  # posts sharing a run of >= n words with a training post
    exact_share: float  # posts equal to a training post (case and spaces normalised)
    longest_run: int  # longest run of words any post shares with a training post
    mean_longest_run: float  # per post, averaged

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def longest_shared_runs(texts: Sequence[str], training: Sequence[str]) -> list[int]:
    """For each text, the longest run of consecutive words it shares with any one training post.

    Grows the run length one word at a time, keeping only the start positions (in the texts and in the
    training posts) whose run still matches, so the work shrinks as the runs get longer.
    """
    gen = [words(t) for t in texts]
    train = [words(t) for t in training]
    best = [0] * len(gen)
    gen_alive = [(s, i) for s, w in enumerate(gen) for i in range(len(w))]
    train_alive = [(p, i) for p, w in enumerate(train) for i in range(len(w))]
    length = 0
    while gen_alive:
        length += 1
        train_grams = {tuple(train[p][i : i + length]) for p, i in train_alive if i + length <= len(train[p])}
        gen_alive = [
            (s, i) for s, i in gen_alive if i + length <= len(gen[s]) and tuple(gen[s][i : i + length]) in train_grams
        ]
        for s, _ in gen_alive:
            best[s] = length
        gen_grams = {tuple(gen[s][i : i + length]) for s, i in gen_alive}
        train_alive = [
            (p, i)
            for p, i in train_alive
            if i + length <= len(train[p]) and tuple(train[p][i : i + length]) in gen_grams
        ]
    return best


def copy_figures(texts: Sequence[str], training: Sequence[str], n: int = 10) -> CopyFigures:
    """How much ``texts`` copy ``training`` (see :class:`CopyFigures`); all zeros for no texts."""
    if not texts:
        return CopyFigures(n, 0.0, 0.0, 0, 0.0)
    runs = longest_shared_runs(texts, training)
    known = {normalise(t) for t in training}
    exact = [bool(normalise(t)) and normalise(t) in known for t in texts]
    return CopyFigures(
        n=n,
        copy_share=sum(r >= n or e for r, e in zip(runs, exact, strict=True)) / len(texts),
        exact_share=sum(exact) / len(texts),
        longest_run=max(runs),
        mean_longest_run=float(np.mean(runs)),
    )


# --- style ----------------------------------------------------------------------------------------------


def word_counts(texts: Sequence[str]) -> list[int]:
    """Words per post, split on whitespace (links, mentions and hashtags count as words)."""
    return [len(t.split()) for t in texts]


def ks_distance(a: Sequence[float], b: Sequence[float]) -> float:
    """The two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs."""
    if not len(a) or not len(b):
        return float("nan")
    x, y = np.sort(np.asarray(a, float)), np.sort(np.asarray(b, float))
    points = np.concatenate([x, y])
    cdf_x = np.searchsorted(x, points, side="right") / x.size
    cdf_y = np.searchsorted(y, points, side="right") / y.size
    return float(np.abs(cdf_x - cdf_y).max())


def distinct_n(texts: Sequence[str], n: int) -> float:
    """Distinct-n: unique word n-grams over all word n-grams of the texts (0 when there are none)."""
    grams = [tuple(w[i : i + n]) for w in (words(t) for t in texts) for i in range(len(w) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


def rate(texts: Sequence[str], pattern: re.Pattern[str]) -> float:
    """Mean matches of ``pattern`` per post."""
    return sum(len(pattern.findall(t)) for t in texts) / len(texts) if texts else 0.0


@dataclass(frozen=True)
class TextStyle:
    """One corpus's own figures."""

    posts: int
    mean_words: float
    median_words: float
    distinct_1: float
    distinct_2: float
    hashtags: float  # per post
    mentions: float
    emoji: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def text_style(texts: Sequence[str]) -> TextStyle:
    counts = word_counts(texts) or [0]
    return TextStyle(
        posts=len(texts),
        mean_words=float(np.mean(counts)),
        median_words=float(np.median(counts)),
        distinct_1=distinct_n(texts, 1),
        distinct_2=distinct_n(texts, 2),
        hashtags=rate(texts, HASHTAG),
        mentions=rate(texts, MENTION),
        emoji=rate(texts, EMOJI),
    )


def classifier_accuracy(real: Sequence[str], generated: Sequence[str], seed: int = 0) -> float:
    """Cross-validated accuracy of TF-IDF (word and character n-grams) + logistic regression telling
    ``real`` from ``generated``, on equal numbers of each (0.5: it cannot tell them apart)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline, make_union

    k = min(len(real), len(generated))
    if k < CLASSIFIER_FOLDS:
        raise ValueError(f"the classifier needs at least {CLASSIFIER_FOLDS} posts of each kind, got {k}")
    rng = random.Random(seed)
    texts = rng.sample(list(real), k) + rng.sample(list(generated), k)
    labels = np.array([0] * k + [1] * k)
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+"),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2),
    )
    model = make_pipeline(features, LogisticRegression(max_iter=1000))
    folds = StratifiedKFold(n_splits=CLASSIFIER_FOLDS, shuffle=True, random_state=seed)
    return float(cross_val_score(model, texts, labels, cv=folds, scoring="accuracy").mean())


@dataclass(frozen=True)
class StyleFigures:
    real: TextStyle
    generated: TextStyle
    length_ks: float  # 0: the same length distribution, 1: disjoint
    classifier_accuracy: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "real": self.real.as_dict(),
            "generated": self.generated.as_dict(),
            "length_ks": self.length_ks,
            "classifier_accuracy": self.classifier_accuracy,
        }


def style_figures(real: Sequence[str], generated: Sequence[str], seed: int = 0) -> StyleFigures:
    """How far ``generated`` is from ``real``; distinct-n is measured on equal numbers of posts of each,
    since it falls as a corpus grows."""
    k = min(len(real), len(generated))
    return StyleFigures(
        real=_equal_size_style(real, k),
        generated=_equal_size_style(generated, k),
        length_ks=ks_distance(word_counts(real), word_counts(generated)),
        classifier_accuracy=classifier_accuracy(real, generated, seed),
    )


def _equal_size_style(texts: Sequence[str], k: int) -> TextStyle:
    full = text_style(texts)
    same = text_style(texts[:k])
    return TextStyle(**{**full.as_dict(), "distinct_1": same.distinct_1, "distinct_2": same.distinct_2})
