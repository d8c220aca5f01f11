"""Handles, model names and the posts store's paths: one definition each, so every stage agrees.

The model folder's layout lives in :mod:`imitate.modelfolder`.
"""

from __future__ import annotations

import re
from pathlib import Path

from imitate.errors import UserError

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


class ModelNameError(InvalidHandleError):
    """Text that names no model: empty, or a part that is not a handle (the whole text is quoted)."""


def parse_model_name(text: str) -> str:
    """The model name a user means by ``text``: ``Bob-alice``, ``@bob + @alice`` and ``alice-alice-bob`` are
    all ``alice-bob``. The CLI, the bot's commands, the job queue and the worker all use this one rule.
    Spaces inside a part are not separators: ``not a handle`` is refused, not read as three handles."""
    parts = [p.strip() for p in re.split(r"[-,+]", text) if p.strip()]
    if not parts:
        raise ModelNameError("a model name is needed: the handles joined by '-', e.g. alice or alice-bob")
    try:
        return model_name(parts)
    except InvalidHandleError as exc:
        raise ModelNameError(f"not a model name: {text!r}: {exc}; a model name is the handles joined by '-'") from None


def model_handles(name: str) -> list[str]:
    """The handles of model ``name`` (the inverse of :func:`model_name`)."""
    return name.split("-")


def handles_label(name: str) -> str:
    """``alice-bob`` -> ``@alice + @bob`` (how messages name a model)."""
    return " + ".join(f"@{h}" for h in model_handles(name))


def tweets_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "tweets"


def tweets_path(data_dir: Path, handle: str) -> Path:
    return tweets_dir(data_dir) / f"{normalize_handle(handle)}.jsonl"
