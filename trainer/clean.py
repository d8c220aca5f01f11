"""Cleaning posts into training text, the amount check, and the huggingtweets-shaped data table.

The rules follow huggingtweets (``huggingtweets-demo.ipynb``: ``fix_text``, ``clean_tweet``,
``boring_tweet``), which users compare against:

1. retweets are dropped (``Post.is_retweet``, or text starting with ``RT @``);
2. HTML entities are unescaped;
3. ``http:``/``https:`` URLs are removed;
4. whitespace and newlines collapse to single spaces, and the text is stripped;
5. a post is *short* when fewer than ``min_words`` of its words contain none of ``http``, ``@`` and
   ``#`` (case-insensitive), counted on the cleaned text exactly as huggingtweets' ``boring_tweet``
   does: "@bob thanks!" and "Fresh loaves #bread" are short, "@bob see you at the market" is kept.

Chat messages (``Post.source == "discord"``, collected from consenting Discord members) follow chat
rules instead of 1.-3.: bot commands (``!play``, ``/imitate``, ``?help``, ...) are dropped and counted
in the second row, which reads "Bot commands" (messages from bots are never collected); user, role and
channel mentions, ``@everyone``/``@here``, links, custom-emoji codes (``<:name:id>``) and code blocks
(fenced and inline) are stripped; then rules 4. and 5. apply, so very short messages are dropped. A
table whose handles are all members reads "Messages downloaded / Bot commands / Short messages /
Messages kept".

Where this differs from huggingtweets, on purpose:
- ``html.unescape`` handles every entity; huggingtweets replaced only ``&amp;``, ``&lt;``, ``&gt;``.
- URLs are matched case-insensitively (``HTTPS://...`` too).
- Replies are kept unless ``drop_replies``; a dropped reply is counted in the "short" row, so the
  table keeps the issue's identity ``short = downloaded - retweets - kept``.
- Posts that are empty after cleaning are dropped (they count as short).
- ``kept_chars`` is the length of the kept texts, without the ``<|endoftext|>`` separators that
  huggingtweets' 6,000 / 40,000 character thresholds also counted.
- The amount check applies to each handle (as huggingtweets did for every handle it downloaded): a
  cyborg with one tiny account would repeat that account's few posts over and over.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from imitate.config import CleanConfig
from imitate.errors import UserError
from imitate.paths import handle_label, is_member_handle
from imitate.wording import count
from trainer.posts import Post

logger = logging.getLogger(__name__)

_URL = re.compile(r"https?:\S+", re.IGNORECASE)
_MARKERS = ("http", "@", "#")
CHAT_SOURCE = "discord"
_COMMAND = re.compile(r"^\s*[!/?$%;.>+=~-]+[A-Za-z]")
_CODE_BLOCK = re.compile(r"```.*?(```|$)|`[^`\n]*`", re.DOTALL)
_CHAT_MARKUP = re.compile(r"<a?:\w+:\d+>|<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b", re.IGNORECASE)


class NotEnoughDataError(UserError, ValueError):
    """Too little kept text to train on; the message gives the counts for every handle."""


@dataclass
class DataCounts:
    downloaded: int
    retweets: int
    short: int
    kept: int
    kept_chars: int

    def as_dict(self) -> dict[str, int]:
        return {
            "downloaded": self.downloaded,
            "retweets": self.retweets,
            "short": self.short,
            "kept": self.kept,
            "kept_chars": self.kept_chars,
        }


@dataclass
class CleanResult:
    handle: str
    texts: list[str]
    ids: list[str]  # parallel to texts
    counts: DataCounts


def clean_text(text: str) -> str:
    """Unescape HTML entities, strip http(s) URLs, collapse whitespace and newlines, strip."""
    text = html.unescape(text)
    text = _URL.sub(" ", text)
    return " ".join(text.split())


def clean_chat_text(text: str) -> str:
    """A Discord message's text: no code blocks, mentions, custom emoji or links; whitespace collapsed."""
    text = _CODE_BLOCK.sub(" ", text)
    text = _CHAT_MARKUP.sub(" ", text)
    text = _URL.sub(" ", text)
    return " ".join(text.split())


def is_bot_command(text: str) -> bool:
    """A message that talks to a bot (``!play x``, ``/imitate``, ``?help``) rather than to people."""
    return bool(_COMMAND.match(text))


def is_retweet(post: Post) -> bool:
    """Dropped in the second row: a retweet, or for chat messages a bot command."""
    if post.source == CHAT_SOURCE:
        return is_bot_command(post.text)
    return post.is_retweet or post.text.lstrip().startswith("RT @")


def plain_word_count(text: str) -> int:
    """Words that contain none of ``http``, ``@``, ``#`` (huggingtweets' "not boring" words)."""
    return sum(1 for word in text.split() if not any(marker in word.lower() for marker in _MARKERS))


def is_short(cleaned: str, min_words: int) -> bool:
    """huggingtweets' ``boring_tweet`` on the cleaned text; an empty text is always short."""
    return not cleaned or plain_word_count(cleaned) < min_words


def clean_posts(handle: str, posts: Iterable[Post], cfg: CleanConfig) -> CleanResult:
    """Apply the rules above to one handle's posts; ``texts`` and ``ids`` keep the input order."""
    downloaded = retweets = 0
    texts: list[str] = []
    ids: list[str] = []
    for post in posts:
        downloaded += 1
        if is_retweet(post):
            retweets += 1
            continue
        if cfg.drop_replies and post.is_reply:
            continue
        cleaned = clean_chat_text(post.text) if post.source == CHAT_SOURCE else clean_text(post.text)
        if is_short(cleaned, cfg.min_words):
            continue
        texts.append(cleaned)
        ids.append(post.id)
    counts = DataCounts(
        downloaded=downloaded,
        retweets=retweets,
        short=downloaded - retweets - len(texts),
        kept=len(texts),
        kept_chars=sum(len(text) for text in texts),
    )
    logger.info(
        "@%s: %s, %s, %d short, %d kept (%s)",
        handle,
        count(counts.downloaded, "post"),
        count(counts.retweets, "retweet"),
        counts.short,
        counts.kept,
        count(counts.kept_chars, "character"),
    )
    return CleanResult(handle=handle, texts=texts, ids=ids, counts=counts)


def _describe(result: CleanResult) -> str:
    c = result.counts
    return (
        f"@{result.handle}: {count(c.downloaded, 'post')} downloaded, {count(c.retweets, 'retweet')}, "
        f"{c.short} short, {c.kept} kept ({count(c.kept_chars, 'character', thousands=True)})"
    )


def check_amount(results: list[CleanResult], cfg: CleanConfig) -> None:
    """Refuse (NotEnoughDataError) when a handle has under ``refuse_below_chars`` of kept text;
    log a warning when one has under ``warn_below_chars``."""
    if not results:
        raise NotEnoughDataError("no handles to train on")
    summary = "; ".join(_describe(result) for result in results)
    too_little = [r for r in results if r.counts.kept_chars < cfg.refuse_below_chars]
    if too_little:
        names = ", ".join(f"@{r.handle}" for r in too_little)
        raise NotEnoughDataError(
            f"not enough text to train on: {names} under {cfg.refuse_below_chars:,} characters of kept "
            f"posts ({summary}). Fetch more posts or choose another account."
        )
    little = [r for r in results if r.counts.kept_chars < cfg.warn_below_chars]
    if little:
        names = ", ".join(f"@{r.handle}" for r in little)
        logger.warning(
            "little data for %s (under %s characters of kept posts): results will be poor (%s)",
            names,
            f"{cfg.warn_below_chars:,}",
            summary,
        )


_TABLE_ROWS = (
    ("Tweets downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short tweets", "short"),
    ("Tweets kept", "kept"),
)
_CHAT_TABLE_ROWS = (
    ("Messages downloaded", "downloaded"),
    ("Bot commands", "retweets"),
    ("Short messages", "short"),
    ("Messages kept", "kept"),
)


def data_table_markdown(results: list[CleanResult]) -> str:
    """The huggingtweets data table, one column per handle."""
    return data_table_from_counts({r.handle: r.counts.as_dict() for r in results})


def data_table_from_counts(data: dict[str, dict[str, int]]) -> str:
    """The same table from ``stats.json``'s ``data`` ({handle: {downloaded, retweets, short, kept}})."""
    handles = list(data)
    rows = _CHAT_TABLE_ROWS if handles and all(is_member_handle(h) for h in handles) else _TABLE_ROWS
    lines = [
        "| Data | " + " | ".join(handle_label(h) for h in handles) + " |",
        "| --- | " + " | ".join("---" for _ in handles) + " |",
    ]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(str(data[h].get(key, "")) for h in handles) + " |")
    return "\n".join(lines) + "\n"
