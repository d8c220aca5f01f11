"""Disk space: refuse a write up front when it cannot fit, and turn "no space left" into one line.

:mod:`imitate.atomic` reports a write that ran out of space as :class:`DiskFullError` (the temporary file or
folder is removed, the target untouched); stages that can estimate what they will write call
:func:`require_free` before they start.
"""

from __future__ import annotations

import errno
import logging
import shutil
from pathlib import Path

from imitate.errors import UserError

logger = logging.getLogger(__name__)

NEAR_FULL_BYTES = 1 << 20  # a write that failed with less than this left is taken as the disk being full
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
_FULL_TEXTS = ("No space left on device", "Disk quota exceeded", "StorageFull")  # safetensors, torch wrap errno


class DiskFullError(UserError, OSError):
    """Not enough disk space for a write; nothing was changed. One line for the user."""


def existing_parent(path: Path) -> Path:
    """``path`` or its nearest existing ancestor (what :func:`shutil.disk_usage` can measure)."""
    path = Path(path).absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(existing_parent(path)).free


def human(n: float) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def require_free(folder: Path, needed: int, what: str) -> None:
    """Raise :class:`DiskFullError` when the filesystem of ``folder`` has less than ``needed`` bytes free."""
    free = free_bytes(folder)
    if free < needed:
        raise DiskFullError(
            f"not enough disk space for {what} in {existing_parent(folder)}: about {human(needed)} needed, "
            f"{human(free)} free; free some space (or point data_dir elsewhere) and run again"
        )


def is_disk_full(exc: BaseException, folder: Path) -> bool:
    """Whether a failed write ran out of space: ENOSPC/EDQUOT, a library's wrapped text, or a full disk now."""
    if not isinstance(exc, Exception):
        return False
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    if any(text in str(exc) for text in _FULL_TEXTS):
        return True
    try:
        return free_bytes(folder) < NEAR_FULL_BYTES
    except OSError:
        return False


def disk_full(target: Path) -> DiskFullError:
    """The one-line error for a write to ``target`` that ran out of space."""
    return DiskFullError(
        f"no space left on the disk while writing {target}: it is unchanged; free some space and run again"
    )
