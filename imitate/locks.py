"""OS file locks for the files that several processes write (a handle's posts store, a model folder).

``exclusive(lock_file, what, wait)`` holds ``fcntl.flock`` on ``lock_file`` for a ``with`` block. The
kernel drops the lock when its process dies, even by SIGKILL, so a crash never leaves a stale lock.
The holder writes who it is (pid, host, command, since) into the lock file; a second writer waits up to
``wait`` seconds and is then refused with :class:`LockBusyError`, one line naming that holder.

flock locks belong to an open file, not to a process: two ``with`` blocks on one file exclude each
other in one process too (the bot's worker publishing while ``/rollback`` runs), so never nest them
on the same file.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from imitate.errors import UserError

POLL_SECONDS = 0.05


class LockBusyError(UserError, RuntimeError):
    """Another process holds the lock and did not let go in time."""


def _describe_holder(lock_file: Path) -> str:
    try:
        holder = json.loads(lock_file.read_text(encoding="utf-8"))
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(holder["since"])))
        return f"pid {holder['pid']} on {holder['host']} ({holder['command']}, since {since})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


GLOBAL_OPTIONS = ("--config", "--data-dir", "--log-level")


def _command() -> str:
    """This process as a person would name it: ``imitate train alice`` (global options left out)."""
    if not sys.argv or not sys.argv[0]:
        return "python"
    program = Path(sys.argv[0])
    words = [program.parent.name if program.name == "__main__.py" else program.name]
    args = iter(sys.argv[1:])
    for arg in args:
        if arg in GLOBAL_OPTIONS:
            next(args, None)
        elif not arg.startswith(GLOBAL_OPTIONS):
            words.append(arg)
    return " ".join(words)[:200]


@contextlib.contextmanager
def exclusive(lock_file: Path, what: str, wait: float = 0.0) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (created if needed) while the block runs.

    ``what`` names the guarded thing for the error ("model alice", "the posts of @alice"). Waits up
    to ``wait`` seconds for another holder, then raises :class:`LockBusyError`.
    """
    lock_file = Path(lock_file)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockBusyError(
                        f"{what} is busy: {_describe_holder(lock_file)} is writing it; "
                        "wait for it to finish or stop it, then try again"
                    ) from None
                time.sleep(POLL_SECONDS)
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "command": _command(), "since": time.time()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # the lock file outlives us; a stale holder would mislead the next message
    finally:
        os.close(fd)  # closing the only descriptor releases the flock
