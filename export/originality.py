"""The originality index: which word runs of the training posts a generated post may not copy.

Small training sets make GPT-2 repeat training posts word for word. The index lets the runtime spot
that without keeping the posts: it holds only 64-bit keyed BLAKE2b hashes of

* every whole training post, normalised (case folded, whitespace collapsed), and
* every run of ``n`` consecutive words (``n`` = ``runtime.originality_words``, 10 by default),

as two sorted ``uint64`` arrays. Words are the case-folded letter/digit runs of a text (apostrophes
kept inside words), so punctuation and spacing do not hide a copy. The file is
``<model>/onnx/originality.json``: the arrays in base64, the key, ``n`` and counts; never any text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from imitate.atomic import write_text_atomic

logger = logging.getLogger(__name__)

FORMAT = "imitate-originality/1"
INDEX_FILE = "originality.json"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def normalise(text: str) -> str:
    """A whole post as compared for equality: NFKC, case folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def words(text: str) -> list[str]:
    """The words of ``text`` as the run check sees them (punctuation dropped)."""
    return _WORD.findall(normalise(text))


class Copy(NamedTuple):
    """How much of a text was found in the training posts; tuples order from least to most copied."""

    exact: bool  # the whole post equals a training post (after normalising case and spaces)
    run: int  # longest run of consecutive words shared with the training posts (0 when below n)


@dataclass
class OriginalityIndex:
    """Sorted hashes of the training posts' word runs and whole texts (see the module docstring)."""

    n: int
    key: bytes
    shingles: np.ndarray  # uint64, sorted, unique
    posts: np.ndarray  # uint64, sorted, unique
    count: int = 0  # training posts indexed

    # --- building -----------------------------------------------------------------------------------

    @classmethod
    def build(cls, texts: Iterable[str], n: int = 10, key: bytes | None = None) -> OriginalityIndex:
        if n < 2:
            raise ValueError(f"originality runs need at least 2 words, got n={n}")
        key = os.urandom(16) if key is None else key
        shingles: list[int] = []
        posts: list[int] = []
        count = 0
        for text in texts:
            norm = normalise(text)
            if not norm:
                continue
            count += 1
            posts.append(_hash(norm, key))
            shingles.extend(_shingle_hashes(words(text), n, key))
        return cls(n, key, _sorted_unique(shingles), _sorted_unique(posts), count)

    # --- checking -----------------------------------------------------------------------------------

    def check(self, text: str) -> Copy:
        """How much of ``text`` copies the training posts."""
        norm = normalise(text)
        exact = bool(norm) and bool(_contains(self.posts, np.array([_hash(norm, self.key)], np.uint64))[0])
        hashes = np.array(_shingle_hashes(words(text), self.n, self.key), np.uint64)
        if hashes.size == 0:
            return Copy(exact, 0)
        hits = _contains(self.shingles, hashes)
        longest = _longest_true_run(hits)
        return Copy(exact, longest + self.n - 1 if longest else 0)

    def is_copied(self, text: str) -> bool:
        found = self.check(text)
        return found.exact or found.run >= self.n

    # --- files --------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "hash": "blake2b-64 (keyed)",
            "words": "NFKC, case folded, \\w+ runs with inner apostrophes",
            "n": self.n,
            "key": self.key.hex(),
            "posts_indexed": self.count,
            "post_hashes": _b64(self.posts),
            "shingle_hashes": _b64(self.shingles),
        }

    def save(self, path: Path) -> Path:
        path = Path(path)
        write_text_atomic(path, json.dumps(self.to_json(), separators=(",", ":")) + "\n")
        return path

    @classmethod
    def load(cls, path: Path) -> OriginalityIndex:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"unknown format {data.get('format')!r}")
            return cls(
                n=int(data["n"]),
                key=bytes.fromhex(data["key"]),
                shingles=_from_b64(data["shingle_hashes"]),
                posts=_from_b64(data["post_hashes"]),
                count=int(data.get("posts_indexed", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"cannot read the originality index {path}: {exc}") from None


def index_path(model_dir: Path) -> Path:
    from imitate.modelfolder import originality_index_path

    return originality_index_path(model_dir)


def training_texts(data_dir: Path, model_dir: Path) -> list[str]:
    """The cleaned training posts of a model: ids from ``data_split.json``, text from the tweet store."""
    from imitate.paths import tweets_path
    from trainer.clean import clean_text
    from trainer.posts import read_posts

    split_path = Path(model_dir) / "data_split.json"
    try:
        split = json.loads(split_path.read_text(encoding="utf-8"))
        train_ids = {handle: {str(i) for i in ids} for handle, ids in split["train_ids"].items()}
    except FileNotFoundError:
        raise ValueError(f"{split_path} is missing: cannot tell which posts the model was trained on") from None
    except (json.JSONDecodeError, KeyError, AttributeError, TypeError) as exc:
        raise ValueError(f"{split_path} is not a valid data split: {exc}") from None
    texts: list[str] = []
    for handle, ids in sorted(train_ids.items()):
        posts = read_posts(tweets_path(data_dir, handle))
        texts.extend(t for t in (clean_text(p.text) for p in posts if p.id in ids) if t)
    return texts


def write_index_for_model(cfg, model_dir: Path) -> Path:
    """Build the index of a model's training posts and write ``<model>/onnx/originality.json``."""
    texts = training_texts(cfg.data_dir, model_dir)
    index = OriginalityIndex.build(texts, cfg.runtime.originality_words)
    path = index.save(index_path(model_dir))
    logger.info(
        "originality index: %d posts, %d word runs of %d -> %s (%.1f kB)",
        index.count,
        index.shingles.size,
        index.n,
        path,
        path.stat().st_size / 1e3,
    )
    return path


# --- helpers ----------------------------------------------------------------------------------------


def _hash(text: str, key: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8, key=key).digest(), "little")


def _shingle_hashes(tokens: list[str], n: int, key: bytes) -> list[int]:
    return [_hash(" ".join(tokens[i : i + n]), key) for i in range(len(tokens) - n + 1)]


def _sorted_unique(values: list[int]) -> np.ndarray:
    return np.unique(np.array(values, dtype=np.uint64))


def _contains(sorted_values: np.ndarray, queries: np.ndarray) -> np.ndarray:
    if sorted_values.size == 0:
        return np.zeros(queries.shape, bool)
    at = np.searchsorted(sorted_values, queries)
    at = np.minimum(at, sorted_values.size - 1)
    return sorted_values[at] == queries


def _longest_true_run(flags: np.ndarray) -> int:
    best = current = 0
    for flag in flags.tolist():
        current = current + 1 if flag else 0
        best = max(best, current)
    return best


def _b64(values: np.ndarray) -> str:
    return base64.b64encode(values.astype("<u8").tobytes()).decode("ascii")


def _from_b64(text: str) -> np.ndarray:
    values = np.frombuffer(base64.b64decode(text), dtype="<u8").astype(np.uint64)
    if values.size > 1 and not np.all(values[1:] > values[:-1]):
        raise ValueError("hashes are not sorted")
    return values
