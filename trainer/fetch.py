"""The acquisition stage: an account's posts from the X API, an X archive or a file, into
``<data_dir>/tweets/<handle>.jsonl`` (merged by id with what is there, written atomically).

A source that fails to parse raises before anything is written, so the stored posts stay as they were.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from imitate.config import Config
from imitate.paths import normalize_handle, tweets_path
from imitate.wording import count
from trainer.posts import InputError, Post, newest_id, read_posts, save_posts

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FetchResult:
    handle: str
    source: str  # "X API", "archive <path>", "file <path>"
    read: int  # posts the source delivered
    added: int  # of which new to the store
    total: int  # posts in the store now
    path: Path

    def summary(self) -> str:
        return (
            f"@{self.handle}: {count(self.read, 'post')} read from {self.source}, {self.added} new, "
            f"{self.total} stored in {self.path}"
        )


def fetch(
    cfg: Config,
    handle: str | None,
    *,
    archive: Path | None = None,
    file: Path | None = None,
    text_column: str | None = None,
    author: str | None = None,
) -> FetchResult:
    """Read posts from one source and merge them into the handle's store."""
    if archive is not None and file is not None:
        raise InputError("give either --archive or --file, not both")
    if file is None and (text_column is not None or author is not None):
        raise InputError("--text-column and --author apply to --file only")
    handle = _handle(handle) if handle is not None else None
    if archive is not None:
        handle, posts, source = _from_archive(Path(archive), handle)
    elif file is not None:
        handle, posts, source = _from_file(Path(file), handle, text_column, author)
    else:
        handle, posts, source = _from_api(cfg, handle)
    path = tweets_path(cfg.data_dir, handle)
    if posts:
        added, total = save_posts(path, posts)
    else:
        added, total = 0, (len(read_posts(path)) if path.exists() else 0)
    return FetchResult(handle=handle, source=source, read=len(posts), added=added, total=total, path=path)


def _handle(handle: str) -> str:
    try:
        return normalize_handle(handle)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _from_archive(path: Path, handle: str | None) -> tuple[str, list[Post], str]:
    from trainer.sources.archive import read_archive

    result = read_archive(path)
    if handle is None:
        if result.handle is None:
            raise InputError(f"{path} has no data/account.js to take the handle from: give the handle, "
                             "e.g. `imitate fetch HANDLE --archive ...`")  # fmt: skip
        handle = result.handle
    elif result.handle and result.handle.lower() != handle:
        logger.warning("storing the archive of @%s under @%s, as asked", result.handle, handle)
    return _handle(handle), result.posts, f"archive {path}"


def _from_file(
    path: Path, handle: str | None, text_column: str | None, author: str | None
) -> tuple[str, list[Post], str]:
    from trainer.sources.files import read_file

    if handle is None:
        raise InputError("a handle is needed to store the posts of a file: `imitate fetch HANDLE --file ...`")
    return handle, read_file(path, text_column=text_column, author=author), f"file {path}"


def _from_api(cfg: Config, handle: str | None) -> tuple[str, list[Post], str]:
    from trainer.sources.api import fetch_timeline

    if handle is None:
        raise InputError("a handle is needed to fetch from the X API (or give --archive with account.js)")
    since = newest_id(tweets_path(cfg.data_dir, handle))
    return handle, fetch_timeline(handle, cfg.fetch, since_id=since), "X API"
