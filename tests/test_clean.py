"""Cleaning rules (huggingtweets'), the amount check, the data table, and the bundled demo archive."""

from __future__ import annotations

import logging

import pytest

from imitate.config import CleanConfig
from trainer.clean import (
    CleanResult,
    DataCounts,
    NotEnoughDataError,
    check_amount,
    clean_posts,
    clean_text,
    data_table_from_counts,
    data_table_markdown,
    is_short,
    plain_word_count,
)
from trainer.posts import Post

CFG = CleanConfig()


def post(text: str, id: str = "1", *, retweet: bool = False, reply: bool = False) -> Post:
    return Post(id=id, created_at="", text=text, is_retweet=retweet, is_reply=reply, source="file")


# --- clean_text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Bread &amp; butter &lt;3 &gt; toast", "Bread & butter <3 > toast"),
        ("caf&eacute; &#8220;open&#8221; &quot;now&quot;", 'café “open” "now"'),
        ("&amp;amp; stays once-escaped", "&amp; stays once-escaped"),
        ("https://t.co/abc123 menu is up", "menu is up"),
        ("the menu https://t.co/abc123 is up", "the menu is up"),
        ("the menu is up https://t.co/abc123", "the menu is up"),
        ("old link http://example.com/a?b=c&d=e, still", "old link still"),
        ("LOUD HTTPS://EXAMPLE.COM/X link", "LOUD link"),
        ("two links https://a.example https://b.example done", "two links done"),
        ("photos:\nhttps://t.co/xyz\nmore soon", "photos: more soon"),
        ("line one\nline two\r\n\n  line three\t end", "line one line two line three end"),
        ("  lots   of    spaces  ", "lots of spaces"),
        ("non\u00a0breaking space", "non breaking space"),
        ("Fresh bread 🍞🥐 and 👩‍🍳 family emoji", "Fresh bread 🍞🥐 and 👩‍🍳 family emoji"),
        ("שלום   עולם\nמאפייה טובה", "שלום עולם מאפייה טובה"),
        ("شكرا   جزيلا https://t.co/x للخبز", "شكرا جزيلا للخبز"),
        ("https://t.co/only", ""),
        ("", ""),
    ],
)
def test_clean_text(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_clean_text_keeps_mentions_and_hashtags() -> None:
    assert clean_text("@rosa_bakes the #sourdough is ready") == "@rosa_bakes the #sourdough is ready"


# --- the short-post rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("one two three", 3),
        ("@bob thanks a lot", 3),
        ("Fresh loaves #bread", 2),
        ("#a #b #c #d", 0),
        ("email me at x@example.com please", 4),  # a word with @ does not count
        ("HTTP is a protocol", 3),  # 'HTTP' contains http (case-insensitive): not counted
        ("", 0),
    ],
)
def test_plain_word_count(text: str, plain: int) -> None:
    assert plain_word_count(text) == plain


@pytest.mark.parametrize(
    ("raw", "short"),
    [
        ("Fresh loaves!", True),
        ("Closed today", True),
        ("Best. Crust. Ever.", False),  # three words
        ("Fresh loaves #bread", True),  # hashtags do not count as words
        ("Fresh loaves everyone #bread", False),
        ("@mabel_knits thank you!!", True),
        ("@mabel_knits see you Saturday", False),
        ("menu https://t.co/x", True),
        ("our menu is https://t.co/x", False),
        ("https://t.co/x", True),  # empty after cleaning
        ("🍞🥐🥖", True),
        ("🍞 🥐 🥖", False),  # three whitespace-separated words, as huggingtweets counts them
        ("Bread &amp; butter", False),  # "&" is a word once unescaped, as in huggingtweets
    ],
)
def test_is_short(raw: str, short: bool) -> None:
    assert is_short(clean_text(raw), 3) is short


def test_min_words_setting() -> None:
    assert is_short("one two", 2) is False
    assert is_short("one", 2) is True
    assert is_short("", 0) is True  # empty text is dropped whatever the setting
    assert is_short("x", 0) is False


# --- clean_posts --------------------------------------------------------------------------------


def sample_posts() -> list[Post]:
    return [
        post("RT @sunnydale_gazette: Main Street repaving starts Monday", "1", retweet=True),
        post("RT @millpond_farm: harvest is in, finally", "2"),  # flag missing, recognised by text
        post("Fresh loaves!", "3"),
        post("Rye with caraway is out &amp; warm https://t.co/abc", "4"),
        post("@mabel_knits thank you so much for the jam!", "5", reply=True),
        post("@mabel_knits thanks!", "6", reply=True),
        post("https://t.co/onlyalink", "7"),
        post("Snow overnight,\n\nsix inches on Main Street ❄️", "8"),
    ]


def test_clean_posts_counts_and_texts() -> None:
    result = clean_posts("sunnydale_bakes", sample_posts(), CFG)
    assert result.handle == "sunnydale_bakes"
    assert result.ids == ["4", "5", "8"]
    assert result.texts == [
        "Rye with caraway is out & warm",
        "@mabel_knits thank you so much for the jam!",
        "Snow overnight, six inches on Main Street ❄️",
    ]
    c = result.counts
    assert (c.downloaded, c.retweets, c.short, c.kept) == (8, 2, 3, 3)
    assert c.short == c.downloaded - c.retweets - c.kept
    assert c.kept_chars == sum(len(t) for t in result.texts)


def test_drop_replies_counts_as_short() -> None:
    result = clean_posts("x", sample_posts(), CleanConfig(drop_replies=True))
    assert result.ids == ["4", "8"]
    c = result.counts
    assert (c.downloaded, c.retweets, c.short, c.kept) == (8, 2, 4, 2)


def test_clean_posts_empty() -> None:
    result = clean_posts("x", [], CFG)
    assert result.texts == [] and result.ids == []
    assert result.counts == DataCounts(0, 0, 0, 0, 0)


# --- check_amount -------------------------------------------------------------------------------


def result_with(handle: str, chars: int) -> CleanResult:
    return CleanResult(handle, ["x" * chars], ["1"], DataCounts(10, 2, 3, 5, chars))


def test_check_amount_refuses_with_counts() -> None:
    with pytest.raises(NotEnoughDataError) as info:
        check_amount([result_with("tiny", 5999)], CFG)
    message = str(info.value)
    assert "@tiny" in message and "10 posts downloaded" in message and "2 retweets" in message
    assert "3 short" in message and "5 kept" in message and "5,999 characters" in message


def test_check_amount_refuses_when_any_handle_is_tiny() -> None:
    with pytest.raises(NotEnoughDataError) as info:
        check_amount([result_with("big", 100_000), result_with("tiny", 100)], CFG)
    assert "@tiny" in str(info.value) and "@big" in str(info.value)


def test_check_amount_refuses_no_handles() -> None:
    with pytest.raises(NotEnoughDataError):
        check_amount([], CFG)


def test_check_amount_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="trainer.clean"):
        check_amount([result_with("small", 6000)], CFG)
    assert any("results will be poor" in r.getMessage() and "@small" in r.getMessage() for r in caplog.records)


def test_check_amount_quiet_when_enough(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="trainer.clean"):
        check_amount([result_with("plenty", 40_000)], CFG)
    assert not caplog.records


def test_is_not_enough_data_a_value_error() -> None:
    assert issubclass(NotEnoughDataError, ValueError)


# --- the data table -----------------------------------------------------------------------------


def test_data_table_huggingtweets_example() -> None:
    result = CleanResult("minidiscplus", [], [], DataCounts(731, 58, 98, 575, 0))
    assert data_table_markdown([result]) == (
        "| Data | @minidiscplus |\n"
        "| --- | --- |\n"
        "| Tweets downloaded | 731 |\n"
        "| Retweets | 58 |\n"
        "| Short tweets | 98 |\n"
        "| Tweets kept | 575 |\n"
    )


def test_data_table_one_column_per_handle() -> None:
    results = [
        CleanResult("a", [], [], DataCounts(10, 1, 2, 7, 70)),
        CleanResult("b", [], [], DataCounts(20, 3, 4, 13, 130)),
        CleanResult("c", [], [], DataCounts(30, 5, 6, 19, 190)),
    ]
    lines = data_table_markdown(results).splitlines()
    assert lines[0] == "| Data | @a | @b | @c |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert lines[2] == "| Tweets downloaded | 10 | 20 | 30 |"
    assert lines[5] == "| Tweets kept | 7 | 13 | 19 |"
    assert data_table_from_counts({r.handle: r.counts.as_dict() for r in results}) == data_table_markdown(results)


# --- the bundled demo archive -------------------------------------------------------------------


def test_demo_archive_has_every_kind_of_post() -> None:
    from trainer.demo import DEMO_HANDLE, demo_archive_path
    from trainer.sources.archive import read_archive

    archive = read_archive(demo_archive_path())
    assert archive.handle == DEMO_HANDLE
    result = clean_posts(archive.handle, archive.posts, CFG)
    c = result.counts
    assert 600 <= c.downloaded <= 800
    assert c.retweets > 0 and c.short > 0 and c.kept > 0
    assert c.kept_chars >= 50_000  # well over the 40,000-character warning threshold
    assert sum(p.is_reply for p in archive.posts) > 0
    assert any("https://t.co/" in p.text for p in archive.posts)
    assert any("&amp;" in p.text for p in archive.posts)
    check_amount([result], CFG)  # no error


def test_demo_archive_is_reproducible(tmp_path) -> None:
    from trainer.demo import demo_archive_path
    from trainer.demo.make_demo_archive import write

    write(tmp_path)
    for name in ("tweets.js", "account.js"):
        assert (tmp_path / name).read_bytes() == (demo_archive_path() / name).read_bytes(), name
