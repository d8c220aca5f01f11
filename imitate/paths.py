"""Where things live under ``data_dir``: one place, so every stage agrees."""

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


def models_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "models"


class ModelNameError(UserError, ValueError):
    """An empty model name, or one that is not a single folder name under ``models/``."""


def require_model_name(name: str) -> str:
    """``name`` as given when it names one folder under ``models/``; else one line saying what is needed."""
    if not name.strip():
        raise ModelNameError("a model name is needed: the handles joined by '-', e.g. alice or alice-bob")
    if name in (".", "..") or "/" in name or "\\" in name:
        raise ModelNameError(
            f"{name!r} is neither a model folder nor a model name (the handles joined by '-', e.g. alice or alice-bob)"
        )
    return name


def model_dir(data_dir: Path, name: str) -> Path:
    return models_dir(data_dir) / require_model_name(name)


def onnx_dir(data_dir: Path, name: str) -> Path:
    return model_dir(data_dir, name) / "onnx"


def wandb_dir(data_dir: Path) -> Path:
    return Path(data_dir)
