"""Read posts from X's official archive export: the ``.zip``, its extracted folder, or a ``.js`` file.

Layout handled: ``data/tweets.js`` (or the older ``data/tweet.js``), split into ``tweets-part1.js``, ...
in large archives; each file is ``window.YTD.tweets.part0 = [ ... ]`` holding ``{"tweet": {...}}``
elements (bare objects in old archives) with every number as a string. Posts longer than 280
characters are cut in ``tweets.js``; their full text is in ``data/note-tweet.js``, matched to the post
by creation time and text. The handle comes from ``data/account.js``.

Only the few ``.js`` files above are unpacked, never the media. A zip bomb is refused in one line: the sizes
the zip declares for them are checked first (in all, and their unpacked/packed ratio), and as a zip can lie,
each is read in bounded chunks that stop past what is left of the limit (:class:`ArchiveLimits`).
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from imitate.wording import count
from trainer.posts import InputError, Post
from trainer.sources._text import (
    decode_utf8,
    is_retweet_text,
    iso_utc,
    parse_json_array,
)

logger = logging.getLogger(__name__)

_TWEETS = re.compile(r"^(tweets?)(?:-part(\d+))?\.js$")  # tweets.js, tweets-part1.js, old tweet.js
_NOTES = re.compile(r"^note-tweet(?:-part(\d+))?\.js$")
_ACCOUNT = re.compile(r"^account\.js$")
_WRAPPER = re.compile(r"\s*window\.YTD\.[\w.]+\s*=\s*")
_URL = re.compile(r"https?://\S+")
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_PREFIX_CHARS = 80  # characters of normalised text compared between a cut post and its note
_CUT_MIN_CHARS = 200  # a post without a same-second note is matched by text only when at least this long
_CHUNK_BYTES = 1 << 20  # one read from a zip member: what a bomb can unpack at a time
_SAFE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # unpacked in bounded steps (bzip2/lzma are not)


@dataclass(frozen=True)
class ArchiveLimits:
    """How much of an archive is unpacked before it is refused as damaged or a zip bomb."""

    max_bytes: int = 2 * 1024**3  # the posts, notes and account files together, unpacked
    max_ratio: float = 200.0  # unpacked / packed size of one member; X's JSON packs about 10:1
    ratio_from_bytes: int = 16 * 1024**2  # the ratio is checked for members unpacking past this


@dataclass(frozen=True)
class _Member:
    """One file of the archive, wherever it lives (zip member or file on disk)."""

    name: str  # shown in messages, e.g. "twitter.zip:data/tweets.js"
    path: PurePosixPath  # inside the archive, for grouping by folder
    read: Callable[[], bytes]
    size: int = 0  # unpacked, as declared (a zip may lie: reading enforces the limit again)
    packed: int | None = None  # compressed size in a zip
    method: int | None = None  # zip compression method


@dataclass(frozen=True)
class Archive:
    posts: list[Post]
    handle: str | None  # from account.js, when present
    files: list[str] = field(default_factory=list)  # the tweets files read
    notes_matched: int = 0


def read_archive(path: Path, limits: ArchiveLimits | None = None) -> Archive:
    """Read every post of an archive (zip, folder or .js file); InputError names the bad file and element."""
    path = Path(path).expanduser()
    limits = limits or ArchiveLimits()
    if not path.exists():
        raise InputError(f"archive not found: {path}")
    members, given = _members(path, _Budget(path, limits.max_bytes))
    tweets_files = [given] if given else _tweet_files(members, path)
    folder = tweets_files[0].path.parent
    beside = [m for m in members if m.path.parent == folder]
    _check_declared(path, [m for m in beside if any(m is t for t in tweets_files) or _NOTES.match(m.path.name)
                           or _ACCOUNT.match(m.path.name)], limits)  # fmt: skip
    notes = _read_notes([m for m in beside if _NOTES.match(m.path.name)])
    posts: list[Post] = []
    for member in tweets_files:
        posts.extend(_post(member.name, index, line, element) for index, line, element in _elements(member))
    posts, matched = _attach_notes(posts, notes)
    account = next((m for m in beside if _ACCOUNT.match(m.path.name)), None)
    handle = _read_handle(account) if account else None
    if not posts:
        raise InputError(f"no posts found in {', '.join(m.name for m in tweets_files)}")
    logger.info(
        "%s: %s from %s%s",
        path,
        count(len(posts), "post"),
        ", ".join(m.path.name for m in tweets_files),
        f", {count(matched, 'long post')} completed from note-tweet.js" if notes else "",
    )
    return Archive(posts=posts, handle=handle, files=[m.name for m in tweets_files], notes_matched=matched)


# --- finding the files -----------------------------------------------------------------------------


def _members(path: Path, budget: _Budget) -> tuple[list[_Member], _Member | None]:
    """All .js files of the archive, and the one file the user named (for a .js path)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.js") if p.is_file())
        return [_disk_member(p, p.relative_to(path)) for p in files], None
    if path.suffix.lower() == ".js":
        given = _disk_member(path, PurePosixPath(path.name))
        siblings = sorted(p for p in path.parent.glob("*.js") if p.is_file() and p.name != path.name)
        members = [given] + [_disk_member(p, PurePosixPath(p.name)) for p in siblings]
        others = [m.path.name for m in members[1:] if _TWEETS.match(m.path.name)]
        if others:
            logger.warning("reading only %s; pass the folder to read %s too", path.name, ", ".join(others))
        return members, given
    return _zip_members(path, budget), None


def _disk_member(file: Path, inner: Path | PurePosixPath) -> _Member:
    return _Member(name=str(file), path=PurePosixPath(inner.as_posix()), read=file.read_bytes,
                   size=file.stat().st_size)  # fmt: skip


def _zip_members(path: Path, budget: _Budget) -> list[_Member]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError(
            f"{path} is not a valid zip archive (damaged or truncated?); pass the .zip from X, "
            "its extracted folder, or data/tweets.js"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None

    def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
        def read() -> bytes:
            try:
                with zipfile.ZipFile(path) as again, again.open(info.filename) as stream:
                    return _read_bounded(stream, f"{path}:{info.filename}", budget)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                raise InputError(f"{path}:{info.filename} cannot be read from the zip: {exc}") from None

        return read

    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and i.filename.lower().endswith(".js")]
    return [_Member(name=f"{path}:{i.filename}", path=PurePosixPath(i.filename), read=reader(i), size=i.file_size,
                    packed=i.compress_size, method=i.compress_type) for i in infos]  # fmt: skip


# --- zip bombs ---------------------------------------------------------------------------------------


@dataclass
class _Budget:
    """What is left of :attr:`ArchiveLimits.max_bytes` while one archive is read."""

    path: Path
    left: int

    def take(self, size: int, name: str) -> None:
        self.left -= size
        if self.left < 0:
            raise InputError(
                f"refusing {self.path}: {name} unpacks to more than it declares, past the limit for the posts "
                "files (a damaged archive or a zip bomb?)"
            )


def _read_bounded(stream: IO[bytes], name: str, budget: _Budget) -> bytes:
    """Read a zip member in chunks, each charged to ``budget`` before the next is unpacked."""
    data = bytearray()
    while chunk := stream.read(_CHUNK_BYTES):
        budget.take(len(chunk), name)
        data += chunk
    return bytes(data)


def _check_declared(path: Path, members: list[_Member], limits: ArchiveLimits) -> None:
    """Refuse before unpacking anything: a member not packed in bounded steps, too large in all, or a bomb's ratio."""
    for member in members:
        if member.method is not None and member.method not in _SAFE_METHODS:
            raise InputError(f"refusing {member.name}: only stored or deflated zip members are read (as X writes them)")
        if member.packed is not None and member.size > limits.ratio_from_bytes:
            ratio = member.size / max(member.packed, 1)
            if ratio > limits.max_ratio:
                raise InputError(
                    f"refusing {path}: {member.path} would unpack to {_size(member.size)}, {ratio:.0f} times its "
                    f"packed size (posts pack about 10:1): a zip bomb?"
                )
    total = sum(m.size for m in members)
    if total > limits.max_bytes:
        raise InputError(
            f"refusing {path}: its posts files would unpack to {_size(total)}, past the {_size(limits.max_bytes)} "
            "limit (a damaged archive or a zip bomb?)"
        )


def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def _tweet_files(members: list[_Member], where: Path) -> list[_Member]:
    """The tweets files of one folder: ``tweets.js`` and its parts (else the older ``tweet.js``), in order."""
    families: dict[tuple[PurePosixPath, str], list[tuple[int, _Member]]] = defaultdict(list)
    for member in members:
        match = _TWEETS.match(member.path.name)
        if match:
            families[(member.path.parent, match.group(1))].append((int(match.group(2) or 0), member))
    if not families:
        raise InputError(f"no tweets file in {where}: expected data/tweets.js (or data/tweet.js, tweets-part1.js, ...)")

    def preference(key: tuple[PurePosixPath, str]) -> tuple[bool, bool, int]:
        folder, family = key
        return (family != "tweets", folder.name != "data", len(folder.parts))

    chosen = min(families, key=preference)
    return [member for _, member in sorted(families[chosen], key=lambda item: item[0])]


# --- parsing ---------------------------------------------------------------------------------------


def _elements(member: _Member) -> list[tuple[int, int, Any]]:
    """(index, line, element) of one ``window.YTD.x.partN = [...]`` file (plain JSON arrays too)."""
    text = decode_utf8(member.read(), member.name)
    wrapper = _WRAPPER.match(text)
    elements, end = parse_json_array(text, member.name, wrapper.end() if wrapper else 0)
    rest = text[end:].strip()
    if rest not in ("", ";"):
        line = text.count("\n", 0, end) + 1
        raise InputError(f"{member.name}: line {line}: unexpected text after the closing ']': {rest[:20]!r}")
    return elements


def _post(name: str, index: int, line: int, element: Any) -> Post:
    where = f"{name}: element {index} (line {line})"
    tweet = element.get("tweet", element) if isinstance(element, dict) else None
    if not isinstance(tweet, dict):
        raise InputError(f"{where} is not a post object")
    post_id = tweet.get("id_str") or tweet.get("id")
    text = tweet.get("full_text", tweet.get("text"))
    if post_id is None or not isinstance(text, str):
        raise InputError(f"{where} is not a post: it has no id_str or no full_text")
    created_raw = tweet.get("created_at")
    created_at = iso_utc(created_raw)
    if created_raw and created_at is None:
        raise InputError(f"{where}: cannot read created_at {created_raw!r}")
    reply_to = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    return Post(
        id=str(post_id),
        created_at=created_at or "",
        text=text,
        is_retweet=is_retweet_text(text),
        is_reply=bool(reply_to) or text.startswith("@"),
        source="archive",
    )


# --- note tweets (posts over 280 characters) -------------------------------------------------------


@dataclass
class _Note:
    id: str
    created_at: str | None
    text: str
    used: bool = False


def _read_notes(members: list[_Member]) -> list[_Note]:
    notes: list[_Note] = []
    for member in members:
        for index, line, element in _elements(member):
            note = element.get("noteTweet", element) if isinstance(element, dict) else None
            core = note.get("core") if isinstance(note, dict) else None
            if not isinstance(note, dict) or not isinstance(core, dict) or not isinstance(core.get("text"), str):
                raise InputError(f"{member.name}: element {index} (line {line}) is not a note tweet (no core.text)")
            notes.append(_Note(str(note.get("noteTweetId", "")), iso_utc(note.get("createdAt")), core["text"]))
    return notes


def _comparable(text: str) -> str:
    text = _LEADING_MENTIONS.sub("", _URL.sub(" ", text)).replace("\u2026", "")
    return " ".join(text.split()).lower()


def _same_start(a: str, b: str) -> bool:
    a, b = _comparable(a), _comparable(b)
    size = min(_PREFIX_CHARS, len(a), len(b))
    return size > 0 and a[:size] == b[:size]


def _attach_notes(posts: list[Post], notes: list[_Note]) -> tuple[list[Post], int]:
    """Replace cut posts' text with their note's full text: same creation second and same start."""
    if not notes:
        return posts, 0
    index = _NoteIndex(notes)
    out: list[Post] = []
    matched = 0
    for post in posts:
        note = index.find(post)
        if note is not None:
            note.used = True
            matched += 1
            post = _with_note_text(post, note.text)
        out.append(post)
    unmatched = sum(not n.used for n in notes)
    if unmatched:
        logger.warning("%s in note-tweet.js matched no post of the archive; left out", count(unmatched, "long post"))
    return out, matched


class _NoteIndex:
    """Notes by id, by creation second, and by the start of their text (for a post without a date)."""

    def __init__(self, notes: list[_Note]) -> None:
        self.by_id = {n.id: n for n in notes if n.id}
        self.by_time: dict[str, list[_Note]] = defaultdict(list)
        self.by_start: dict[str, list[_Note]] = defaultdict(list)
        for note in notes:
            if note.created_at:
                self.by_time[note.created_at].append(note)
            start = _comparable(note.text)[:_PREFIX_CHARS]
            if len(start) == _PREFIX_CHARS:
                self.by_start[start].append(note)

    def find(self, post: Post) -> _Note | None:
        exact = self.by_id.get(post.id)
        if exact is not None and not exact.used:
            return exact
        if post.is_retweet:
            return None
        same_time = [n for n in self.by_time.get(post.created_at, []) if not n.used and _same_start(post.text, n.text)]
        if same_time:
            return same_time[0]
        start = _comparable(post.text)[:_PREFIX_CHARS]
        if len(post.text) < _CUT_MIN_CHARS or len(start) < _PREFIX_CHARS:  # not a cut long post
            return None
        same_start = [n for n in self.by_start.get(start, []) if not n.used]
        return same_start[0] if len(same_start) == 1 else None


def _with_note_text(post: Post, note_text: str) -> Post:
    # A reply's note may lack the leading @mentions that the cut post carries: keep them.
    mentions = _LEADING_MENTIONS.match(post.text)
    text = note_text
    if mentions and not note_text.startswith(mentions.group(0).strip()):
        text = mentions.group(0) + note_text
    return Post(post.id, post.created_at, text, post.is_retweet, post.is_reply, post.source)


# --- account ---------------------------------------------------------------------------------------


def _read_handle(member: _Member) -> str | None:
    for index, line, element in _elements(member):
        account = element.get("account", element) if isinstance(element, dict) else None
        if isinstance(account, dict) and isinstance(account.get("username"), str):
            return account["username"]
        raise InputError(f"{member.name}: element {index} (line {line}) has no account.username")
    return None
