"""Read posts from a generic file: CSV, JSON (an array of objects) or JSONL, one post a row.

Columns are detected by name (see the ``*_COLUMNS`` tuples) and can be overridden for the text. Shapes
seen in public corpora work as they are: a JSON array with ``id_str``/``text``/``is_retweet``, a CSV with
``tweet_id``/``text``/``author_id`` and list-valued ``retweeted``/``replied_to`` columns, a CSV with an
unnamed index column and ``Tweet Id``/``Text``/``Username``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from imitate.wording import count
from trainer.posts import InputError, Post
from trainer.sources._text import decode_utf8, is_retweet_text, iso_utc, json_error_at, parse_json_array

logger = logging.getLogger(__name__)

TEXT_COLUMNS = ("text", "full_text", "Text", "tweet")
ID_COLUMNS = ("id", "id_str", "tweet_id", "Tweet Id")
DATE_COLUMNS = ("created_at", "Datetime", "date")
RETWEET_COLUMNS = ("is_retweet", "retweeted")
REPLY_COLUMNS = ("in_reply_to_status_id_str", "in_reply_to_status_id", "in_reply_to_user_id_str",
                 "in_reply_to_user_id", "in_reply_to_screen_name", "replied_to", "is_reply")  # fmt: skip
AUTHOR_COLUMNS = ("author_id", "username", "Username", "author", "user")

_FALSE = {"", "0", "false", "f", "no", "n", "none", "null", "nan", "[]", "{}"}


@dataclass(frozen=True)
class _Row:
    where: str  # "posts.csv: line 12" / "posts.json: element 3 (line 40)"
    values: dict[str, Any]


@dataclass(frozen=True)
class _Columns:
    text: str
    id: str | None
    date: str | None
    retweet: list[str]
    reply: list[str]
    author: list[str]


def read_file(path: Path, *, text_column: str | None = None, author: str | None = None) -> list[Post]:
    """Every post of a CSV/JSON/JSONL file (rows with empty text are skipped); InputError names the row."""
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    rows = list(_rows(decode_utf8(data, str(path)), path))
    if not rows:
        raise InputError(f"{path} holds no rows")
    columns = _detect_columns(path, rows, text_column, author is not None)
    if author is not None:
        rows = _by_author(path, rows, columns.author, author)
    posts = [post for row in rows if (post := _post(row, columns)) is not None]
    skipped = len(rows) - len(posts)
    undated = sum(not p.created_at for p in posts)
    if columns.date and undated:
        logger.warning(
            "%s: %s no readable date in column %r",
            path,
            f"{count(undated, 'post')} {'has' if undated == 1 else 'have'}",
            columns.date,
        )
    logger.info(
        "%s: %s%s",
        path,
        count(len(posts), "post"),
        f" ({count(skipped, 'row')} without text skipped)" if skipped else "",
    )
    if not posts:
        raise InputError(f"{path}: no row has text in column {columns.text!r}")
    return posts


# --- rows ------------------------------------------------------------------------------------------


def _rows(text: str, path: Path) -> Iterator[_Row]:
    kind = _kind(text, path)
    if kind == "json":
        return _json_rows(text, path)
    if kind == "jsonl":
        return _jsonl_rows(text, path)
    return _csv_rows(text, path)


def _kind(text: str, path: Path) -> str:
    suffix = path.suffix.lower()
    first = text.lstrip()[:1]
    if suffix in (".jsonl", ".ndjson") or (suffix == ".json" and first == "{"):
        return "jsonl"
    if suffix == ".json" or (suffix != ".csv" and first == "["):
        return "json"
    if suffix != ".csv" and first == "{":
        return "jsonl"
    return "csv"


def _json_rows(text: str, path: Path) -> Iterator[_Row]:
    elements, end = parse_json_array(text, str(path))
    if text[end:].strip():
        line = text.count("\n", 0, end) + 1
        raise InputError(f"{path}: line {line}: unexpected text after the closing ']'")
    for index, line, value in elements:
        where = f"{path}: element {index} (line {line})"
        if not isinstance(value, dict):
            raise InputError(f"{where} is not an object")
        yield _Row(where, value)


def _jsonl_rows(text: str, path: Path) -> Iterator[_Row]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where} is not valid JSON: {json_error_at(exc, line=False)}") from None
        if not isinstance(value, dict):
            raise InputError(f"{where} is not a JSON object")
        yield _Row(where, value)


def _csv_rows(text: str, path: Path) -> Iterator[_Row]:
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"{path}: line 1: cannot read the CSV header: {exc}") from None
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}: line {start}: malformed CSV row: {exc}") from None
        where = f"{path}: line {start}"
        start = reader.line_num + 1
        if not fields:
            continue
        if len(fields) != len(header):
            raise InputError(f"{where}: expected {len(header)} fields as in the header, found {len(fields)}")
        yield _Row(where, dict(zip(header, fields, strict=True)))


# --- columns ---------------------------------------------------------------------------------------


def _detect_columns(path: Path, rows: list[_Row], text_column: str | None, need_author: bool) -> _Columns:
    names: dict[str, None] = {}
    for row in rows[:1000]:
        names.update(dict.fromkeys(row.values))
    shown = ", ".join(repr(n) for n in names) or "none"
    if text_column is not None and text_column not in names:
        raise InputError(f"{path} has no column {text_column!r} (columns: {shown})")
    text = text_column or _first(names, TEXT_COLUMNS)
    if text is None:
        raise InputError(f"{path}: no text column found (looked for {', '.join(TEXT_COLUMNS)}; columns: {shown}); "
                         "name it with --text-column")  # fmt: skip
    author = [c for c in AUTHOR_COLUMNS if c in names]
    if need_author and not author:
        raise InputError(f"{path}: --author needs one of the columns {', '.join(AUTHOR_COLUMNS)} (columns: {shown})")
    return _Columns(
        text=text,
        id=_first(names, ID_COLUMNS),
        date=_first(names, DATE_COLUMNS),
        retweet=[c for c in RETWEET_COLUMNS if c in names],
        reply=[c for c in REPLY_COLUMNS if c in names],
        author=author,
    )


def _first(names: dict[str, None], wanted: tuple[str, ...]) -> str | None:
    exact = next((c for c in wanted if c in names), None)
    if exact is not None:
        return exact
    lower = {n.lower(): n for n in names}
    return next((lower[c.lower()] for c in wanted if c.lower() in lower), None)


def _by_author(path: Path, rows: list[_Row], columns: list[str], author: str) -> list[_Row]:
    wanted = author.strip().lstrip("@").lower()
    kept = [row for row in rows if any(wanted in _author_values(row.values.get(c)) for c in columns)]
    if not kept:
        seen = sorted({v for row in rows for c in columns for v in _author_values(row.values.get(c))})
        raise InputError(
            f"{path}: no row has author {author!r} in {', '.join(columns)} "
            f"(values seen: {', '.join(seen[:5]) or 'none'}{', ...' if len(seen) > 5 else ''})"
        )
    logger.info("%s: %d of %s by %s", path, len(kept), count(len(rows), "row"), author)
    return kept


def _author_values(value: Any) -> set[str]:
    if isinstance(value, dict):  # an embedded user object
        return {str(value[k]).lstrip("@").lower() for k in ("screen_name", "username", "id_str", "id") if k in value}
    if value is None:
        return set()
    return {str(value).strip().lstrip("@").lower()}


# --- one post --------------------------------------------------------------------------------------


def _post(row: _Row, columns: _Columns) -> Post | None:
    text = row.values.get(columns.text)
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        raise InputError(f"{row.where}: column {columns.text!r} is not text")
    return Post(
        id=_post_id(row.values.get(columns.id) if columns.id else None, text),
        created_at=_created_at(row, columns.date),
        text=text,
        is_retweet=is_retweet_text(text) or any(_truthy(row.values.get(c)) for c in columns.retweet),
        is_reply=text.startswith("@") or any(_truthy(row.values.get(c)) for c in columns.reply),
        source="file",
    )


def _post_id(value: Any, text: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if value is None or str(value).strip() == "":
        return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
    return str(value).strip()


def _created_at(row: _Row, column: str | None) -> str:
    return (iso_utc(row.values.get(column)) or "") if column else ""


def _truthy(value: Any) -> bool:
    """A flag or reference column: true/1/yes, a non-empty list or id; false for empty, 0, [] and null."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, list | dict):
        return len(value) > 0
    return str(value).strip().lower() not in _FALSE
