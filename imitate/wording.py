"""Counts in messages: "1 post", "2 posts", never "1 posts"."""

from __future__ import annotations


def count(n: int, word: str, plural: str | None = None, *, thousands: bool = False) -> str:
    """``n`` and ``word``, plural unless ``n`` is 1 (``plural`` for irregular words; ``thousands``: 1,234)."""
    number = f"{n:,}" if thousands else str(n)
    return f"{number} {word if n == 1 else (plural or word + 's')}"
