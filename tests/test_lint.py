"""The tree stays clean for ruff (lint and format) and mypy, with pyproject.toml's configuration."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m <args>`` from the repository root (a cold mypy cache takes minutes: pytest-timeout bounds it)."""
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def _assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    command = " ".join(result.args[2:])
    assert result.returncode == 0, f"`{command}` exited {result.returncode}:\n{result.stdout}{result.stderr}"


def test_ruff_check() -> None:
    _assert_clean(_run("ruff", "check", "."))


def test_ruff_format() -> None:
    _assert_clean(_run("ruff", "format", "--check", "."))


def test_mypy() -> None:
    _assert_clean(_run("mypy"))
