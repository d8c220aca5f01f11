"""The normalised post and its store, ``<data_dir>/tweets/<handle>.jsonl`` (one post a line, merged by id).

This module is the store's one writer. A merge reads, merges and replaces the file while holding the
handle's OS lock (``tweets/.locks/<handle>.lock``), so two fetches into one handle at once (two
``imitate fetch``, or a retraining job's fetch beside a manual one) both keep their posts: the second
waits for the first. The replace itself is atomic, so readers never see half a file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from pathlib import Path

from imitate import locks
from imitate.atomic import write_text_atomic
from imitate.errors import UserError
from imitate.wording import count

logger = logging.getLogger(__name__)


class InputError(UserError, ValueError):
    """Input that cannot be used (a malformed file, an unknown account, ...): one clear line for the user."""


@dataclass(frozen=True)
class Post:
    id: str
    created_at: str  # ISO 8601 in UTC, e.g. "2023-02-18T12:33:11+00:00"; "" when the source has none
    text: str
    is_retweet: bool
    is_reply: bool
    source: str  # "api" | "archive" | "file" | "discord"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_dict(cls, row: dict) -> Post:
        return cls(
            id=str(row["id"]),
            created_at=str(row.get("created_at") or ""),
            text=str(row["text"]),
            is_retweet=bool(row.get("is_retweet", False)),
            is_reply=bool(row.get("is_reply", False)),
            source=str(row.get("source", "file")),
        )


def _sort_key(post: Post) -> tuple[int, int | str]:
    # Numeric ids sort by value (X ids grow with time); anything else after them, by string.
    return (0, int(post.id)) if post.id.isdigit() else (1, post.id)


def read_posts(path: Path) -> list[Post]:
    """Read a store file; a bad line raises InputError naming the file and line."""
    path = Path(path)
    posts: list[Post] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    posts.append(Post.from_dict(json.loads(line)))
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}: line {number} is not a valid post ({exc})") from None
    except FileNotFoundError:
        raise InputError(
            f"no posts stored for this handle: {path} does not exist (run `imitate fetch` first)"
        ) from None
    return posts


def merge_posts(existing: Iterable[Post], new: Iterable[Post]) -> list[Post]:
    """Union by id; a post seen again replaces the stored one (newer data wins). Sorted by id."""
    by_id = {post.id: post for post in existing}
    by_id.update((post.id, post) for post in new)
    return sorted(by_id.values(), key=_sort_key)


# How long a merge waits for another one into the same handle (merging 100,000 posts takes seconds).
STORE_LOCK_WAIT_SECONDS = 120.0


def store_lock(path: Path, wait: float = STORE_LOCK_WAIT_SECONDS) -> AbstractContextManager[None]:
    """The OS lock of the store at ``path``, in ``.locks/`` beside it (the file itself is replaced)."""
    path = Path(path)
    return locks.exclusive(path.parent / ".locks" / f"{path.stem}.lock", f"the posts store {path.name}", wait)


def save_posts(path: Path, new: Iterable[Post]) -> tuple[int, int]:
    """Merge ``new`` into the store at ``path`` under its lock, atomically. Returns (added, total)."""
    path = Path(path)
    with store_lock(path):
        existing = read_posts(path) if path.exists() else []
        merged = merge_posts(existing, new)
        write_text_atomic(path, "".join(post.to_json() + "\n" for post in merged))
    added = len(merged) - len(existing)
    logger.info("%s: %d new, %s in all", path, added, count(len(merged), "post"))
    return added, len(merged)


def update_posts(path: Path, changed: Iterable[Post]) -> int:
    """Replace stored posts by id (a Discord edit) under the lock; ids not in the store are ignored, so an
    edit never adds a message from before consent. Returns how many were replaced."""
    path = Path(path)
    by_id = {post.id: post for post in changed}
    with store_lock(path):
        if not path.exists():
            return 0
        existing = read_posts(path)
        hits = [p.id for p in existing if p.id in by_id]
        if hits:
            merged = [by_id.get(p.id, p) for p in existing]
            write_text_atomic(path, "".join(post.to_json() + "\n" for post in merged))
    return len(hits)


def delete_posts(path: Path, ids: Iterable[str]) -> int:
    """Remove the posts with these ids (a Discord delete) under the lock. Returns how many were removed."""
    path = Path(path)
    gone = {str(i) for i in ids}
    with store_lock(path):
        if not path.exists():
            return 0
        existing = read_posts(path)
        kept = [p for p in existing if p.id not in gone]
        if len(kept) != len(existing):
            write_text_atomic(path, "".join(post.to_json() + "\n" for post in kept))
    return len(existing) - len(kept)


def remove_store(path: Path) -> bool:
    """Delete a handle's whole store (``imitate forget``) under its lock; False when there was none.

    The lock file stays (see :func:`imitate.modelfolder.remove_staging`); it holds no posts."""
    path = Path(path)
    with store_lock(path):
        try:
            path.unlink()
        except FileNotFoundError:
            return False
    logger.info("%s: removed", path)
    return True


def newest_id(path: Path) -> str | None:
    """The largest numeric post id in the store (for fetching only newer posts), or None."""
    path = Path(path)
    if not path.exists():
        return None
    ids = [int(p.id) for p in read_posts(path) if p.id.isdigit()]
    return str(max(ids)) if ids else None
