"""Handles, model names and the posts store's paths: one definition each, so every stage agrees.

The model folder's layout lives in :mod:`imitate.modelfolder`.
"""

from __future__ import annotations

from imitate.errors import UserError
import re
from pathlib import Path

_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")


class InvalidHandleError(UserError, ValueError):
    """Something that is not an X handle (1-15 letters, digits or underscores)."""


def normalize_handle(handle: str) -> str:
    """``@MiniDiscPlus`` -> ``minidiscplus``; raises ValueError for something that is not an X handle."""
    cleaned = handle.strip().lstrip("@")
    if not _HANDLE.match(cleaned):
        raise InvalidHandleError(f"not a valid X handle: {handle!r} (1-15 letters, digits or underscores)")
    return cleaned.lower()


def model_name(handles: list[str] | tuple[str, ...]) -> str:
    """A model's folder name: its handles, lower-case, sorted, joined by ``-``."""
    if not handles:
        raise ValueError("at least one handle is needed")
    return "-".join(sorted({normalize_handle(h) for h in handles}))


def tweets_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "tweets"


def tweets_path(data_dir: Path, handle: str) -> Path:
    return tweets_dir(data_dir) / f"{normalize_handle(handle)}.jsonl"
