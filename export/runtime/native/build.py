"""Compiling ``gpt2.cpp`` on the machine that runs it, once per source, compiler and CPU.

The library is built with ``-march=native`` (the CPU's own vector instructions), so it is built where it
runs, at first use, into ``$XDG_CACHE_HOME/imitate/native`` (``~/.cache`` by default), under a name made
from the source, the flags and :func:`imitate.hardware.cpu_identity` (a home folder shared by machines
with other CPUs keeps one library per CPU). The cache folder has one writer at a time: the build holds
an OS lock there, writes to a temporary name and renames, so two processes starting at once build it
once and neither loads a half-written file.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from export.runtime.errors import GenerationError
from imitate import locks
from imitate.hardware import cpu_identity

SOURCE = Path(__file__).with_name("gpt2.cpp")
FLAGS = ("-O3", "-march=native", "-fopenmp", "-std=c++17", "-shared", "-fPIC", "-fno-math-errno")
BUILD_SECONDS = 300  # the most a build may take (about 10 s here), and the most a second process waits for it


class NativeUnavailable(GenerationError):
    """The native engine cannot be had here: no C++ compiler, or the build failed."""


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "imitate" / "native"


def compiler() -> str | None:
    return os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++") or shutil.which("clang++")


def library_path() -> Path:
    """Where this source, built for this CPU with this compiler, is (or will be) kept."""
    cxx = compiler() or "none"
    key = hashlib.sha256(
        b"\0".join([SOURCE.read_bytes(), " ".join(FLAGS).encode(), cxx.encode(), cpu_identity().encode()])
    ).hexdigest()[:16]
    return cache_folder() / f"gpt2-{key}.so"


def build() -> Path:
    """The compiled library, built now if it is not there yet. Raises :class:`NativeUnavailable`."""
    path = library_path()
    if path.is_file():
        return path
    cxx = compiler()
    if cxx is None:
        raise NativeUnavailable("no C++ compiler (g++, c++ or clang++; or set CXX) to build the native engine")
    path.parent.mkdir(parents=True, exist_ok=True)
    with locks.exclusive(path.parent / "build.lock", "the native engine's build", wait=BUILD_SECONDS):
        if path.is_file():  # another process built it while we waited
            return path
        with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
            built = Path(scratch) / path.name
            command = [cxx, *FLAGS, "-o", str(built), str(SOURCE)]
            try:
                result = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_SECONDS)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise NativeUnavailable(f"the native engine's build failed: {exc}") from None
            if result.returncode != 0:
                first = next((line for line in result.stderr.splitlines() if "error" in line), result.stderr[:200])
                raise NativeUnavailable(f"the native engine's build failed ({cxx}): {first.strip()}")
            os.replace(built, path)
    return path


def load() -> ctypes.CDLL:
    """The built library, loaded (built first if needed)."""
    path = build()
    try:
        return ctypes.CDLL(str(path))
    except OSError as exc:
        raise NativeUnavailable(f"cannot load the native engine {path}: {exc}") from None
