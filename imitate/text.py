"""Turning generated text into a post: the one rule shared by training samples and the runtime."""

from __future__ import annotations

END_OF_TEXT = "<|endoftext|>"
REPLACEMENT = "\ufffd"  # what decoding leaves of a byte sequence the model left unfinished or made invalid


def cut_text(text: str) -> str:
    """``text`` up to its first newline or end-of-text marker (not stripped)."""
    for marker in (END_OF_TEXT, "\n", "\r"):
        text = text.split(marker, 1)[0]
    return text


def cut_post(text: str) -> str:
    """A generated text cut at its first newline or ``<|endoftext|>``, without broken characters, stripped."""
    return cut_text(text).replace(REPLACEMENT, "").strip()


def post_from_decoded(prompt: str, text: str) -> str:
    """The post in ``text``, decoded from prompt + continuation together (no character split at the
    seam): the prompt is kept whole, even when it holds a newline, and the continuation is cut."""
    if prompt and text.startswith(prompt):
        return (prompt + cut_text(text[len(prompt) :]).replace(REPLACEMENT, "")).strip()
    return cut_post(text)
