"""Handles, model names and the posts store's paths: one definition each, so every stage agrees.

A *handle* is an X handle (1-15 letters, digits or underscores, lower-cased) or a consenting Discord
member's key ``discord-<guild id>-<user id>`` (:func:`member_handle`). Discord ids are 17-20 digit
snowflakes, longer than any X handle, so ``discord-<id>-<id>`` inside a model name never reads as three
X handles: ``alice-discord-1234...-5678...`` is the cyborg of @alice and one member.

The model folder's layout lives in :mod:`imitate.modelfolder`.
"""

from __future__ import annotations

import re
from pathlib import Path

from imitate.errors import UserError

_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_SNOWFLAKE = re.compile(r"^[0-9]{17,20}$")
MEMBER_PREFIX = "discord"


class InvalidHandleError(UserError, ValueError):
    """Something that is not an X handle (1-15 letters, digits or underscores)."""


def member_handle(guild_id: int, user_id: int) -> str:
    """The handle (and one-member model name) of Discord member ``user_id`` in server ``guild_id``."""
    handle = f"{MEMBER_PREFIX}-{int(guild_id)}-{int(user_id)}"
    if parse_member_handle(handle) is None:
        raise InvalidHandleError(f"not Discord ids: guild {guild_id!r}, user {user_id!r}")
    return handle


def parse_member_handle(handle: str) -> tuple[int, int] | None:
    """``discord-<guild>-<user>`` -> ``(guild id, user id)``; None for anything else (an X handle)."""
    parts = handle.strip().lower().split("-")
    if len(parts) == 3 and parts[0] == MEMBER_PREFIX and all(_SNOWFLAKE.match(p) for p in parts[1:]):
        return int(parts[1]), int(parts[2])
    return None


def is_member_handle(handle: str) -> bool:
    return parse_member_handle(handle) is not None


def normalize_handle(handle: str) -> str:
    """``@MiniDiscPlus`` -> ``minidiscplus``; a member key stays as it is (lower-case). Raises ValueError
    for something that is neither an X handle nor a member key."""
    cleaned = handle.strip().lstrip("@")
    if is_member_handle(cleaned):
        return cleaned.lower()
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
    parts = _join_member_parts([p.strip() for p in re.split(r"[-,+]", text) if p.strip()])
    if not parts:
        raise ModelNameError("a model name is needed: the handles joined by '-', e.g. alice or alice-bob")
    try:
        return model_name(parts)
    except InvalidHandleError as exc:
        raise ModelNameError(f"not a model name: {text!r}: {exc}; a model name is the handles joined by '-'") from None


def _join_member_parts(parts: list[str]) -> list[str]:
    """Glue ``discord``, ``<id>``, ``<id>`` back into one member handle (ids are never X handles)."""
    joined: list[str] = []
    i = 0
    while i < len(parts):
        candidate = "-".join(parts[i : i + 3])
        if parts[i].lower() == MEMBER_PREFIX and is_member_handle(candidate):
            joined.append(candidate.lower())
            i += 3
        else:
            joined.append(parts[i])
            i += 1
    return joined


def model_handles(name: str) -> list[str]:
    """The handles of model ``name`` (the inverse of :func:`model_name`)."""
    return _join_member_parts(name.split("-"))


def handle_label(handle: str) -> str:
    """``alice`` -> ``@alice``; a member key -> ``member <user id>`` (replies use display names instead)."""
    member = parse_member_handle(handle)
    return f"member {member[1]}" if member else f"@{handle}"


def handles_label(name: str) -> str:
    """``alice-bob`` -> ``@alice + @bob`` (how messages name a model)."""
    return " + ".join(handle_label(h) for h in model_handles(name))


def tweets_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "tweets"


def tweets_path(data_dir: Path, handle: str) -> Path:
    return tweets_dir(data_dir) / f"{normalize_handle(handle)}.jsonl"


def member_stores(data_dir: Path, *, guild_id: int | None = None, user_id: int | None = None) -> list[Path]:
    """The posts stores of Discord members, of one server and/or one user."""
    guild = str(int(guild_id)) if guild_id is not None else "*"
    user = str(int(user_id)) if user_id is not None else "*"
    found = tweets_dir(data_dir).glob(f"{MEMBER_PREFIX}-{guild}-{user}.jsonl")
    return sorted(p for p in found if is_member_handle(p.stem))
