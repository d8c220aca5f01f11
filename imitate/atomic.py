"""Atomic writes: a crash never leaves a half-written file or folder where a reader would find it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from imitate.diskspace import disk_full, is_disk_full
from imitate.errors import UserError


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


def _make_public(path: Path) -> None:
    """mkstemp/mkdtemp create private files (0600) and folders (0700); published ones are for every reader."""
    mask = _umask()
    path.chmod(0o777 & ~mask)
    for child in path.rglob("*") if path.is_dir() else ():
        child.chmod((0o777 if child.is_dir() else 0o666) & ~mask)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if is_disk_full(exc, path.parent):
            raise disk_full(path) from exc
        raise


@contextlib.contextmanager
def atomic_dir(target: Path, keep_previous: bool = True) -> Iterator[Path]:
    """Yield a temporary folder beside ``target``; on success it replaces ``target`` as a whole.

    The previous ``target`` is kept as ``<target>.previous`` (for a rollback) when ``keep_previous``.
    On an exception the temporary folder is removed and ``target`` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        yield tmp
    except BaseException as exc:
        full = is_disk_full(exc, tmp)  # before the removal frees the space again
        shutil.rmtree(tmp, ignore_errors=True)
        if full:
            raise disk_full(target) from exc
        raise
    publish_dir(tmp, target, keep_previous=keep_previous)


def publish_dir(src: Path, target: Path, keep_previous: bool = True) -> None:
    """Move the finished folder ``src`` into place at ``target`` (renames only, same filesystem)."""
    src, target = Path(src), Path(target)
    _make_public(src)
    previous = target.with_name(target.name + ".previous")
    if target.exists():
        if previous.exists():
            shutil.rmtree(previous)
        os.replace(target, previous)
        os.replace(src, target)
        if not keep_previous:
            shutil.rmtree(previous, ignore_errors=True)
    else:
        os.replace(src, target)


class NoPreviousVersionError(UserError, ValueError):
    """:func:`restore_previous` found no ``<target>.previous`` to put back."""


def restore_previous(target: Path) -> None:
    """Put ``<target>.previous`` back in place of ``target``, which becomes the new ``.previous``.

    So a second call undoes the first. Three renames on one filesystem: ``target`` is missing only
    between the first two, and a crash there leaves the replaced folder in a hidden ``.tmp`` beside it.
    """
    target = Path(target)
    previous = target.with_name(target.name + ".previous")
    if not previous.is_dir():
        raise NoPreviousVersionError(f"no earlier version of {target.name} is kept ({previous} does not exist)")
    if not target.exists():
        os.replace(previous, target)
        return
    aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    os.replace(target, aside)  # onto the empty folder just made: a name no one else holds
    os.replace(previous, target)
    os.replace(aside, previous)
