"""`imitate fetch --archive`: the official X archive export, built here from made-up posts.

Shapes follow the real export: ``window.YTD.tweets.part0 = [...]``, ``{"tweet": {...}}`` elements with
every number as a string, note-tweet.js for long posts, account.js for the handle.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from imitate.config import Config
from tests.conftest import written
from trainer.fetch import fetch
from trainer.posts import InputError, read_posts
from trainer.sources.archive import ArchiveLimits, read_archive

ROOT = Path(__file__).resolve().parent.parent

HANDLE = "sunnydale_bakes"
LONG = ("Today's bake: a rye loaf with caraway, proofed overnight in the cold, scored with a wheat-ear "
        "pattern that finally came out right after six attempts. The crumb is open, the crust crackles, and "
        "the kitchen smells like a bakery in a story. Recipe and timings below, because three of you asked "
        "and I keep forgetting to write it down properly.")  # fmt: skip
EMOJI_RTL = "Croissant day 🥐🔥 — לחם טרי — خبز طازج ✨"


def tweet(post_id: int, text: str, created: str = "Sat Feb 18 12:33:11 +0000 2023", reply_to: str | None = None,
          wrap: bool = True) -> dict:  # fmt: skip
    body = {
        "edit_info": {"initial": {"editTweetIds": [str(post_id)], "editableUntil": "2023-02-18T13:33:11.000Z",
                                  "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "3",
        "id_str": str(post_id),
        "truncated": False,
        "retweet_count": "0",
        "id": str(post_id),
        "created_at": created,
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }  # fmt: skip
    if reply_to:
        body.update(in_reply_to_status_id_str=reply_to, in_reply_to_status_id=reply_to, in_reply_to_user_id="77",
                    in_reply_to_user_id_str="77", in_reply_to_screen_name="flourpal")  # fmt: skip
    return {"tweet": body} if wrap else body


def ytd(name: str, elements: list, part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(elements, indent=2, ensure_ascii=False)


def account(username: str = "Sunnydale_Bakes") -> str:
    return ytd("account", [{"account": {"email": "baker@example.invalid", "createdVia": "web",
                                        "username": username, "accountId": "42",
                                        "createdAt": "2011-03-01T10:00:00.000Z",
                                        "accountDisplayName": "Sunnydale Bakes"}}])  # fmt: skip


def sample_tweets() -> list[dict]:
    return [
        tweet(1001, "Sourdough starter is alive and bubbling &amp; smells of apples"),
        tweet(1002, "RT @flourpal: the best flour for pastry is the one you have"),
        tweet(1003, "@flourpal thank you, it rose beautifully", reply_to="999"),
        tweet(1004, EMOJI_RTL, created="Sun Feb 19 08:00:00 +0100 2023"),
        tweet(1005, "@flourpal this one has no reply id but starts with a mention"),
    ]


def write_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Your archive.html", "<html></html>")
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def standard_files() -> dict[str, str | bytes]:
    return {"data/tweets.js": ytd("tweets", sample_tweets()), "data/account.js": account(),
            "data/like.js": ytd("like", [{"like": {"tweetId": "5", "fullText": "not ours"}}])}  # fmt: skip


def config(tmp_path: Path) -> Config:
    return Config(data_dir=tmp_path / "data_dir")


@pytest.mark.parametrize("form", ["zip", "folder", "js"])
def test_zip_folder_and_js_give_the_same_posts(tmp_path, form):
    folder = write_folder(tmp_path / "export", standard_files())
    path = {"zip": write_zip(tmp_path / "twitter-2023.zip", standard_files()), "folder": folder,
            "js": folder / "data" / "tweets.js"}[form]  # fmt: skip

    result = read_archive(path)

    assert result.handle == "Sunnydale_Bakes"
    by_id = {p.id: p for p in result.posts}
    assert sorted(by_id) == ["1001", "1002", "1003", "1004", "1005"]
    # kept raw: cleaning unescapes
    assert by_id["1001"].text == "Sourdough starter is alive and bubbling &amp; smells of apples"
    assert by_id["1001"].created_at == "2023-02-18T12:33:11+00:00"
    assert by_id["1004"].created_at == "2023-02-19T07:00:00+00:00"
    assert [p.id for p in result.posts if p.is_retweet] == ["1002"]
    assert [p.id for p in result.posts if p.is_reply] == ["1003", "1005"]
    assert {p.source for p in result.posts} == {"archive"}


def test_fetch_takes_the_handle_from_account_js_and_round_trips_text(tmp_path):
    cfg = config(tmp_path)
    result = fetch(cfg, None, archive=write_zip(tmp_path / "a.zip", standard_files()))
    assert result.handle == "sunnydale_bakes"
    assert result.path == cfg.data_dir / "tweets" / "sunnydale_bakes.jsonl"
    assert (result.read, result.added, result.total) == (5, 5, 5)
    stored = {p.id: p.text for p in read_posts(result.path)}
    assert stored["1004"] == EMOJI_RTL
    assert "archive" in result.summary() and "5 new" in result.summary()


def test_without_account_js_a_handle_is_required(tmp_path):
    folder = write_folder(tmp_path / "export", {"data/tweets.js": ytd("tweets", sample_tweets())})
    with pytest.raises(InputError, match="give the handle"):
        fetch(config(tmp_path), None, archive=folder)
    assert fetch(config(tmp_path), "Other_Name", archive=folder).handle == "other_name"


def test_split_archive_reads_every_part(tmp_path):
    tweets = [tweet(2000 + i, f"loaf number {i} came out fine") for i in range(9)]
    files = {
        "data/tweets.js": ytd("tweets", tweets[:3]),
        "data/tweets-part1.js": ytd("tweets", tweets[3:6], part=1),
        "data/tweets-part2.js": ytd("tweets", tweets[6:], part=2),
        "data/deleted-tweets.js": ytd("deleted_tweets", [tweet(1, "deleted, not read")]),
        "data/tweet-headers.js": ytd("tweet_headers", [{"tweet": {"tweet_id": "2000"}}]),
    }
    result = read_archive(write_zip(tmp_path / "split.zip", files))
    assert sorted(int(p.id) for p in result.posts) == list(range(2000, 2009))
    assert [Path(f.split(":")[-1]).name for f in result.files] == ["tweets.js", "tweets-part1.js", "tweets-part2.js"]


def test_old_tweet_js_with_bare_objects(tmp_path):
    elements = [tweet(3001, "old style post", wrap=False), tweet(3002, "RT @x: old retweet", wrap=False)]
    folder = write_folder(tmp_path / "old", {"data/tweet.js": ytd("tweet", elements)})
    result = read_archive(folder)
    assert [(p.id, p.is_retweet) for p in result.posts] == [("3001", False), ("3002", True)]
    assert result.handle is None


def test_long_posts_take_their_text_from_note_tweet_js(tmp_path):
    cut = LONG[:270] + "… https://t.co/nOtEtWeEt1"
    reply_cut = "@flourpal " + LONG[:258] + "… https://t.co/nOtEtWeEt2"
    notes = [
        {"noteTweet": {"noteTweetId": "1600000000000000001", "updatedAt": "2023-02-18T12:33:11.000Z",
                       "lifecycle": {"value": "2", "name": "Published", "originalValue": "2"},
                       "createdAt": "2023-02-18T12:33:11.000Z",
                       "core": {"styletags": [], "urls": [], "text": LONG, "mentions": [], "cashtags": [],
                                "hashtags": []}}},
        {"noteTweet": {"noteTweetId": "1600000000000000002", "createdAt": "2023-03-01T09:00:05.000Z",
                       "core": {"text": LONG, "urls": []}}},
        {"noteTweet": {"noteTweetId": "1600000000000000003", "createdAt": "2021-01-01T00:00:00.000Z",
                       "core": {"text": "a note whose post was deleted", "urls": []}}},
    ]  # fmt: skip
    files = {
        "data/tweets.js": ytd("tweets", [
            tweet(4001, cut),
            tweet(4002, reply_cut, created="Wed Mar 01 09:00:05 +0000 2023", reply_to="4000"),
            tweet(4003, "short post at the same second as the first note"),
        ]),
        "data/note-tweet.js": ytd("note_tweet", notes),
    }  # fmt: skip
    result = read_archive(write_zip(tmp_path / "notes.zip", files))
    by_id = {p.id: p.text for p in result.posts}
    assert by_id["4001"] == LONG
    assert by_id["4002"] == "@flourpal " + LONG  # the reply keeps its leading mention
    assert by_id["4003"] == "short post at the same second as the first note"
    assert result.notes_matched == 2


def test_refetch_merges_by_id(tmp_path):
    cfg = config(tmp_path)
    first = write_zip(tmp_path / "first.zip", standard_files())
    fetch(cfg, None, archive=first)
    later = dict(standard_files())
    later["data/tweets.js"] = ytd("tweets", sample_tweets()[3:] + [tweet(1006, "new post after the first export"),
                                                                  tweet(1007, "and another one")])  # fmt: skip
    result = fetch(cfg, None, archive=write_zip(tmp_path / "later.zip", later))
    assert (result.read, result.added, result.total) == (4, 2, 7)
    assert [p.id for p in read_posts(result.path)] == [str(i) for i in range(1001, 1008)]


# --- malformed input: a clear error naming the file and element; the store untouched -------------------


def malformed_text() -> str:
    good = ytd("tweets", sample_tweets())
    # break element 2: drop the comma after its id_str
    return good.replace('"id_str": "1003",', '"id_str": "1003"', 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (malformed_text(), r"data/tweets\.js: element 2 \(starting on line \d+\) is not valid JSON: Expecting ','"),
        (ytd("tweets", sample_tweets())[:1500], r"data/tweets\.js is truncated: it ends inside element \d"),
        (ytd("tweets", sample_tweets())[:-2], r"data/tweets\.js is truncated: it ends after element 4"),
        ("", r"data/tweets\.js is empty"),
        ("  \n", r"data/tweets\.js is empty"),
        ("window.YTD.tweets.part0 = {}", r"data/tweets\.js: line 1: expected a JSON array"),
        (ytd("tweets", sample_tweets()) + "\nalert(1)", r"unexpected text after the closing"),
        (ytd("tweets", [{"like": {"tweetId": "5"}}]), r"data/tweets\.js: element 0 \(line 2\) is not a post"),
        (ytd("tweets", [tweet(1, "x", created="yesterday")]), r"element 0 \(line 2\): cannot read created_at"),
        (ytd("tweets", []), r"no posts found in"),
    ],
    ids=["bad-json", "truncated-inside", "truncated-end", "empty", "blank", "not-array", "trailing", "not-a-post",
         "bad-date", "no-posts"],
)  # fmt: skip
def test_malformed_tweets_js(tmp_path, content, expected):
    folder = write_folder(tmp_path / "export", {"data/tweets.js": content, "data/account.js": account()})
    with pytest.raises(InputError, match=expected) as caught:
        read_archive(folder)
    assert "\n" not in str(caught.value)


def test_non_utf8_bytes_give_the_byte_offset(tmp_path):
    good = ytd("tweets", sample_tweets()).encode("utf-8")
    offset = good.index(b"Sourdough")
    bad = good[:offset] + b"\xff\xfe" + good[offset:]
    folder = write_folder(tmp_path / "export", {"data/tweets.js": bad})
    line = good[:offset].count(b"\n") + 1
    with pytest.raises(InputError, match=rf"not UTF-8 text: invalid byte 0xff at byte offset {offset} \(line {line}\)"):
        read_archive(folder)


def test_bom_and_crlf_are_fine(tmp_path):
    text = "\ufeff" + ytd("tweets", sample_tweets()).replace("\n", "\r\n")
    folder = write_folder(tmp_path / "export", {"data/tweets.js": text})
    assert len(read_archive(folder).posts) == 5


def test_not_a_zip_and_truncated_zip(tmp_path):
    garbage = tmp_path / "archive.zip"
    garbage.write_bytes(b"this is not a zip file at all")
    with pytest.raises(InputError, match=r"archive\.zip is not a valid zip archive"):
        read_archive(garbage)
    whole = write_zip(tmp_path / "whole.zip", standard_files()).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"cut\.zip is not a valid zip archive"):
        read_archive(cut)


def test_no_tweets_file_and_missing_path(tmp_path):
    folder = write_folder(tmp_path / "export", {"data/account.js": account()})
    with pytest.raises(InputError, match=r"no tweets file in .*export: expected data/tweets\.js"):
        read_archive(folder)
    with pytest.raises(InputError, match="archive not found"):
        read_archive(tmp_path / "nowhere.zip")


def test_malformed_note_tweet_js_is_named(tmp_path):
    files = {"data/tweets.js": ytd("tweets", sample_tweets()),
             "data/note-tweet.js": ytd("note_tweet", [{"noteTweet": {"noteTweetId": "1"}}])}  # fmt: skip
    with pytest.raises(InputError, match=r"note-tweet\.js: element 0 \(line 2\) is not a note tweet"):
        read_archive(write_zip(tmp_path / "a.zip", files))


def test_a_parse_error_leaves_the_existing_store_untouched(tmp_path):
    cfg = config(tmp_path)
    path = fetch(cfg, None, archive=write_zip(tmp_path / "good.zip", standard_files())).path
    before = path.read_bytes()
    broken = dict(standard_files(), **{"data/tweets.js": ytd("tweets", sample_tweets())[:900]})
    with pytest.raises(InputError, match="truncated"):
        fetch(cfg, None, archive=write_zip(tmp_path / "broken.zip", broken))
    assert path.read_bytes() == before
    assert written(path.parent) == [path.name]


# --- zip bombs ---------------------------------------------------------------------------------------

MIB = 1 << 20


def deflate_bomb(path: Path, unpacked_mib: int, *, declared: int | None = None, name: str = "data/tweets.js") -> Path:
    """A zip whose one member unpacks to ``unpacked_mib`` MiB of spaces from about 1 KB per MiB.

    Built by hand in well under a second: after a full flush, deflate packs each MiB of spaces to the same
    bytes, so one block is repeated. ``declared`` lies about the unpacked size in both headers.
    """
    chunk = b" " * MIB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(unpacked_mib):
        crc = zlib.crc32(chunk, crc)
    stream_tail = packer.flush()
    packed = len(block) * unpacked_mib + len(stream_tail)
    size = unpacked_mib * MIB if declared is None else declared
    raw_name = name.encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, packed, size, len(raw_name), 0)
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, packed, size,
                          len(raw_name), 0, 0, 0, 0, 0, 0) + raw_name  # fmt: skip
    with path.open("wb") as out:
        out.write(local + raw_name)
        for _ in range(unpacked_mib):
            out.write(block)
        out.write(stream_tail)
        offset = out.tell()
        out.write(central)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), offset, 0))
    return path


def test_the_hand_made_bomb_is_a_valid_zip(tmp_path):
    bomb = deflate_bomb(tmp_path / "bomb.zip", 3)
    with zipfile.ZipFile(bomb) as archive:
        assert archive.testzip() is None and archive.read("data/tweets.js") == b" " * (3 * MIB)


def test_a_zip_past_the_size_limit_is_refused_before_unpacking(tmp_path):
    bomb = deflate_bomb(tmp_path / "bomb.zip", 8)
    limits = ArchiveLimits(max_bytes=4 * MIB, max_ratio=1e9)
    with pytest.raises(InputError, match=r"would unpack to 8\.4 MB, past the 4\.2 MB limit") as caught:
        read_archive(bomb, limits)
    assert "\n" not in str(caught.value) and str(bomb) in str(caught.value)


def test_a_zip_with_a_bomb_ratio_is_refused(tmp_path):
    bomb = deflate_bomb(tmp_path / "bomb.zip", 8)
    with pytest.raises(InputError, match=r"times its packed size .*zip bomb") as caught:
        read_archive(bomb, ArchiveLimits(ratio_from_bytes=MIB))
    assert "\n" not in str(caught.value)


def test_real_posts_pass_the_ratio_check(tmp_path):
    files = standard_files()
    files["data/tweets.js"] = ytd("tweets", [tweet(1000 + i, f"post {i % 7}") for i in range(3000)])
    archive = write_zip(tmp_path / "real.zip", files)
    assert len(read_archive(archive, ArchiveLimits(ratio_from_bytes=MIB)).posts) == 3000


@pytest.mark.parametrize("declared", [1000, 6 * MIB])
def test_a_zip_that_lies_about_its_size_is_read_in_bounded_chunks(tmp_path, declared):
    """The headers claim little (or a size within the limit): unpacking stops there, or past the limit."""
    bomb = deflate_bomb(tmp_path / "liar.zip", 64, declared=declared)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            read_archive(bomb, ArchiveLimits(max_bytes=8 * MIB))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "\n" not in str(caught.value) and str(bomb) in str(caught.value)
    assert peak < 32 * MIB  # reading it whole would hold its 64 MiB (twice)


def test_a_member_packed_with_bzip2_is_refused(tmp_path):
    archive = tmp_path / "bz.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_BZIP2) as out:
        out.writestr("data/tweets.js", ytd("tweets", sample_tweets()))
    with pytest.raises(InputError, match="only stored or deflated"):
        read_archive(archive)


def test_imitate_fetch_of_a_1_gib_bomb_stays_small(tmp_path):
    """A real ``imitate fetch --archive`` of a zip unpacking to 1 GiB (headers honest, then lying)."""
    honest = deflate_bomb(tmp_path / "bomb.zip", 1024)
    liar = deflate_bomb(tmp_path / "liar.zip", 1024, declared=1000)
    measure = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "sys.stdout.write(f'{p.returncode} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n'); "
               "sys.stderr.write(p.stderr)")  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for bomb in (honest, liar):
        done = subprocess.run(
            [sys.executable, "-c", measure, sys.executable, "-m", "imitate", "--data-dir", str(tmp_path / "data"),
             "--log-level", "WARNING", "fetch", "alice", "--archive", str(bomb)],
            capture_output=True, text=True, timeout=120, check=False, env=env,
        )  # fmt: skip
        returncode, max_rss_kib = map(int, done.stdout.split())
        assert returncode == 1, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("imitate fetch: error: ") and str(bomb) in lines[0]
        assert max_rss_kib < 600 * 1024, f"{bomb.name}: peak RSS {max_rss_kib // 1024} MiB"
    assert written(tmp_path / "data" / "tweets") == []
