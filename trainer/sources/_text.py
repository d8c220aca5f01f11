"""Shared reading helpers for the sources: strict UTF-8, JSON arrays element by element, dates.

Every failure is an ``InputError`` that names the file and the line (or byte offset, or element).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from trainer.posts import InputError

_WS = re.compile(r"\s*")
_ARRAY_END = re.compile(r"\]\s*;?\s*$")
_FRACTION = re.compile(r"(\.\d{6})\d+")  # fromisoformat takes at most 6 fractional digits
_TWITTER_DATE = "%a %b %d %H:%M:%S %z %Y"  # "Sat Feb 18 12:33:11 +0000 2023"
_DECODER = json.JSONDecoder()


def decode_utf8(data: bytes, name: str) -> str:
    """Bytes of a text file as str; an empty or non-UTF-8 file is an InputError naming where."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{name} is not UTF-8 text: invalid byte 0x{data[exc.start]:02x} "
            f"at byte offset {exc.start} (line {line}); re-save it as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def skip_whitespace(text: str, pos: int) -> int:
    """The position of the first non-whitespace character at or after ``pos`` (``len(text)`` if none)."""
    match = _WS.match(text, pos)
    assert match is not None, r"\s* matches the empty string, so it matches everywhere"
    return match.end()


def line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def json_error_at(exc: json.JSONDecodeError, *, line: bool = True) -> str:
    """json's message with where: some already end in "at" ("Unterminated string starting at")."""
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"


def parse_json_array(text: str, name: str, start: int = 0) -> tuple[list[tuple[int, int, Any]], int]:
    """Parse the JSON array that begins at ``text[start]`` one element at a time.

    Returns ([(index, line, value), ...], end) where ``end`` is just past the closing ``]``, so that a
    malformed or truncated file is reported with the element and the line where it starts.
    """
    pos = skip_whitespace(text, start)
    line = line_at(text, pos)
    if text[pos : pos + 1] != "[":
        found = text[pos : pos + 20].splitlines()[0] if text[pos:].strip() else "the end of the file"
        raise InputError(f"{name}: line {line}: expected a JSON array ('['), found {found!r}")
    elements: list[tuple[int, int, Any]] = []
    last = pos
    pos = skip_whitespace(text, pos + 1)
    if text[pos : pos + 1] == "]":
        return elements, pos + 1
    index = 0
    truncated = _ARRAY_END.search(text) is None
    while True:
        line += text.count("\n", last, pos)
        last = pos
        if pos >= len(text):
            raise InputError(f"{name} is truncated: it ends where element {index} should start (line {line})")
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            if truncated:
                raise InputError(
                    f"{name} is truncated: it ends inside element {index}, which starts on line {line}"
                ) from None
            raise InputError(
                f"{name}: element {index} (starting on line {line}) is not valid JSON: {json_error_at(exc)}"
            ) from None
        elements.append((index, line, value))
        pos = skip_whitespace(text, end)
        separator = text[pos : pos + 1]
        if separator == "]":
            return elements, pos + 1
        if separator == ",":
            pos = skip_whitespace(text, pos + 1)
            index += 1
            continue
        if not separator:
            raise InputError(f"{name} is truncated: it ends after element {index} without the closing ']'")
        raise InputError(
            f"{name}: line {line_at(text, pos)}: expected ',' or ']' after element {index}, found {separator!r}"
        )


def iso_utc(value: Any) -> str | None:
    """A timestamp as ISO 8601 in UTC ("2023-02-18T12:33:11+00:00"), or None when it cannot be read.

    Takes X's "Sat Feb 18 12:33:11 +0000 2023", ISO 8601 (with "Z", up to nanoseconds, naive = UTC)
    and Unix times in seconds or milliseconds.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            moment = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        raw = str(value).strip()
        try:
            moment = datetime.strptime(raw, _TWITTER_DATE)
        except ValueError:
            try:
                moment = datetime.fromisoformat(_FRACTION.sub(r"\1", raw))
            except ValueError:
                return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def is_retweet_text(text: str) -> bool:
    return text.startswith("RT @")
