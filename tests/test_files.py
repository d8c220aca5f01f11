"""`imitate fetch HANDLE --file`: CSV, JSON arrays and JSONL, on made-up rows shaped like public corpora."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from imitate.config import Config
from trainer.fetch import fetch
from trainer.posts import InputError, read_posts
from trainer.sources.files import read_file

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "tweets"
EMOJI_RTL = "Tea time 🫖🍰 — שלום — مرحبا"


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def musk_shaped(path: Path) -> Path:
    """Columns of a scraped-timeline CSV: list-valued replied_to/retweeted, author_id, ns timestamps."""
    header = ["replied_to", "like_count", "hashtags", "tweet_id", "created_at", "reply_count", "retweet_count",
              "retweeted", "quoted", "mentions", "text", "author_id", "quote_count", "_ts"]  # fmt: skip
    rows = [
        ["[]", 0, "[]", "1604580353343197184", "2022-12-18T20:52:22.000000000+00:00", 0, 459,
         "[1604579924903223296]", "[]", "['rocketco']", "RT @rocketco: we launched a thing", "111", 0, "1"],
        ["[1604565967375192064]", 5, "[]", "1604569775597928448", "2022-12-18T20:10:20.000000000+00:00", 1, 2,
         "[]", "[]", "['someone']", "@someone Exactly", "111", 0, "2"],
        ["[]", 9, "[]", "1604500000000000000", "2022-12-18T15:00:00.000000000+00:00", 1, 2, "[]", "[]", "[]",
         "A post with\ntwo lines, a comma and \"quotes\"", "111", 0, "3"],
        ["[]", 9, "[]", "1604400000000000000", "2022-12-18T14:00:00.000000000+00:00", 1, 2, "", "", "[]",
         "someone else's post he referenced", "222", 0, "4"],
    ]  # fmt: skip
    return write_csv(path, header, rows)


def dril_shaped(path: Path) -> Path:
    rows = [
        [0, "2022-11-07 02:32:45+00:00", "1589445722302447618", "the moon is just a big plate", "wintry_owl"],
        [1, "2022-11-06 19:45:58+00:00", "1589343351152996353", "@a_fan no, the moon is a bowl", "wintry_owl"],
        [2, "2022-11-05 10:00:00+00:00", "1589000000000000000", EMOJI_RTL, "wintry_owl"],
    ]
    return write_csv(path, ["", "Datetime", "Tweet Id", "Text", "Username"], rows)


def trump_shaped(path: Path) -> Path:
    rows = [
        {"source": "Twitter for Android", "id_str": "815185071317676033",
         "text": "Happy New Year to every reader &amp; writer!",
         "created_at": "Sat Dec 31 13:17:21 +0000 2016", "retweet_count": 10, "in_reply_to_user_id_str": None,
         "favorite_count": 20, "is_retweet": False},
        {"source": "Twitter for iPhone", "id_str": "815271067749060609", "text": "RT @madeup_acct: Happy Birthday!",
         "created_at": "Sat Dec 31 18:59:04 +0000 2016", "retweet_count": 5, "in_reply_to_user_id_str": None,
         "favorite_count": 0, "is_retweet": True},
        {"source": "Twitter for Android", "id_str": "815000000000000000",
         "text": "\"@madeup_acct: you are great\" thanks!",
         "created_at": "Fri Dec 30 10:00:00 +0000 2016", "retweet_count": 1, "in_reply_to_user_id_str": "12345",
         "favorite_count": 2, "is_retweet": False},
    ]  # fmt: skip
    path.write_text(json.dumps(rows, indent="\t"), encoding="utf-8")
    return path


def test_musk_shaped_csv_with_author_filter(tmp_path):
    posts = read_file(musk_shaped(tmp_path / "Tweet.csv"), author="111")
    assert [p.id for p in posts] == ["1604580353343197184", "1604569775597928448", "1604500000000000000"]
    assert [(p.is_retweet, p.is_reply) for p in posts] == [(True, False), (False, True), (False, False)]
    assert posts[0].created_at == "2022-12-18T20:52:22+00:00"
    assert posts[2].text == 'A post with\ntwo lines, a comma and "quotes"'
    assert len(read_file(tmp_path / "Tweet.csv")) == 4


def test_author_filter_errors(tmp_path):
    with pytest.raises(InputError, match=r"no row has author '999' in author_id \(values seen: 111, 222\)"):
        read_file(musk_shaped(tmp_path / "Tweet.csv"), author="999")
    with pytest.raises(InputError, match=r"--author needs one of the columns author_id, username"):
        read_file(trump_shaped(tmp_path / "t.json"), author="someone")


def test_dril_shaped_csv_with_unnamed_index(tmp_path):
    posts = read_file(dril_shaped(tmp_path / "d.csv"), author="@Wintry_Owl")
    assert [p.id for p in posts] == ["1589445722302447618", "1589343351152996353", "1589000000000000000"]
    assert [p.is_reply for p in posts] == [False, True, False]
    assert posts[0].created_at == "2022-11-07T02:32:45+00:00"
    assert posts[2].text == EMOJI_RTL


def test_trump_shaped_json_array(tmp_path):
    posts = read_file(trump_shaped(tmp_path / "condensed_2016.json"))
    assert [p.id for p in posts] == ["815185071317676033", "815271067749060609", "815000000000000000"]
    assert [p.is_retweet for p in posts] == [False, True, False]
    assert [p.is_reply for p in posts] == [False, False, True]
    assert posts[0].created_at == "2016-12-31T13:17:21+00:00"
    assert posts[0].text.endswith("&amp; writer!")  # kept raw; cleaning unescapes


def test_jsonl_without_ids_gets_stable_hash_ids(tmp_path):
    path = tmp_path / "posts.jsonl"
    lines = [
        {"full_text": "first made-up post", "date": "2024-01-02"},
        {"full_text": "second one"},
        {},
        {"full_text": ""},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    first, again = read_file(path), read_file(path)
    assert [p.id for p in first] == [p.id for p in again]
    assert len({p.id for p in first}) == 2 and all(p.id.startswith("text-") for p in first)
    assert first[0].created_at == "2024-01-02T00:00:00+00:00" and first[1].created_at == ""


def test_text_column_override_and_detection_errors(tmp_path):
    path = write_csv(tmp_path / "p.csv", ["post_id", "body", "when"], [["1", "hello there friends", "x"]])
    with pytest.raises(InputError, match=r"no text column found .*columns: 'post_id', 'body', 'when'.*--text-column"):
        read_file(path)
    posts = read_file(path, text_column="body")
    assert posts[0].text == "hello there friends"
    with pytest.raises(InputError, match=r"has no column 'message'"):
        read_file(path, text_column="message")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.csv", "id,text\n1,ok\n2,too,many,fields\n", r"a\.csv: line 3: expected 2 fields as in the header, found 4"),
        ("b.csv", 'id,text\n1,"fine\nacross lines"\n2,"never closed\n', r"b\.csv: line 4: malformed CSV row"),
        ("c.jsonl", '{"text": "ok"}\n{"text": "broken"\n', r"c\.jsonl: line 2 is not valid JSON"),
        ("d.jsonl", '{"text": "ok"}\n["not", "an", "object"]\n', r"d\.jsonl: line 2 is not a JSON object"),
        ("e.json", '[{"text": "ok"},\n {"text": nope}]',
         r"e\.json: element 1 \(starting on line 2\) is not valid JSON"),
        ("f.json", '[{"text": "ok"},\n {"text": "cut', r"f\.json is truncated: it ends inside element 1"),
        ("g.json", '[{"text": "ok"}, 3]', r"g\.json: element 1 \(line 1\) is not an object"),
        ("h.csv", "", r"h\.csv is empty"),
        ("i.json", "[]", r"i\.json holds no rows"),
        ("j.csv", "id,text\n1,\n", r"j\.csv: no row has text in column 'text'"),
        ("k.jsonl", '{"text": "ok"}\n{"text": "never closed}\n',
         r"k\.jsonl: line 2 is not valid JSON: Unterminated string starting at column 10$"),
        ("l.json", '[{"text": "ok"},\n {"text": "two\nlines"}]',
         r"l\.json: element 1 \(starting on line 2\) is not valid JSON: "
         r"Invalid control character at line 2, column 15$"),
    ],
)  # fmt: skip
def test_malformed_files(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=expected) as caught:
        read_file(path)
    assert "\n" not in str(caught.value)


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"id,text\n1,caf" + b"\xe9 au lait\n")
    expected = r"latin1\.csv is not UTF-8 text: invalid byte 0xe9 at byte offset 13 \(line 2\)"
    with pytest.raises(InputError, match=expected):
        read_file(path)


def test_fetch_from_file_round_trips_and_merges(tmp_path):
    cfg = Config(data_dir=tmp_path / "data")
    source = dril_shaped(tmp_path / "d.csv")
    with pytest.raises(InputError, match="a handle is needed"):
        fetch(cfg, None, file=source)
    first = fetch(cfg, "wintry_owl", file=source)
    assert (first.read, first.added, first.total) == (3, 3, 3)
    assert EMOJI_RTL in [p.text for p in read_posts(first.path)]

    rows = [["1589445722302447618", "the moon is just a big plate"], ["1589500000000000000", "a newer post"]]
    more = write_csv(tmp_path / "more.csv", ["Tweet Id", "Text"], rows)
    second = fetch(cfg, "wintry_owl", file=more)
    assert (second.read, second.added, second.total) == (2, 1, 4)

    before = second.path.read_bytes()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl: line 2"):
        fetch(cfg, "wintry_owl", file=bad)
    assert second.path.read_bytes() == before


def test_options_for_files_only(tmp_path):
    with pytest.raises(InputError, match="apply to --file only"):
        fetch(Config(data_dir=tmp_path), "someone", author="x")


@pytest.mark.real_data
@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/data/tweets is absent")
def test_real_corpora_counts():
    trump = [p for year in (2015, 2016, 2017) for p in read_file(REAL / "realdonaldtrump" / f"condensed_{year}.json")]
    assert len(trump) == 12168 and sum(p.is_retweet for p in trump) == 199

    musk = REAL / "elonmusk" / "Tweet.csv"
    assert len(read_file(musk)) == 5450
    own = read_file(musk, author="44196397")
    assert len(own) == 3200 and sum(p.is_retweet for p in own) == 143

    dril = read_file(REAL / "dril" / "dril_tweets.csv")
    assert len(dril) == 10515 and not any(p.is_retweet for p in dril)
    assert sum(p.is_reply for p in dril) == sum(p.text.startswith("@") for p in dril) > 0
    assert all(p.created_at for p in trump + own + dril)
