"""Member handles in the naming rule, the posts store's update/delete, and the chat cleaning rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from imitate.config import CleanConfig
from imitate.modelfolder import model_dir
from imitate.paths import handles_label, member_handle, model_handles, parse_member_handle, parse_model_name
from trainer.clean import clean_chat_text, clean_posts, data_table_markdown
from trainer.posts import Post, delete_posts, read_posts, save_posts, update_posts

GUILD, USER = 1_100_000_000_000_000_001, 1_100_000_000_000_000_009
MEMBER = f"discord-{GUILD}-{USER}"


def test_member_handles_are_one_handle_in_model_names() -> None:
    assert member_handle(GUILD, USER) == MEMBER and parse_member_handle(MEMBER) == (GUILD, USER)
    assert parse_model_name(MEMBER) == MEMBER
    assert parse_model_name(f"Bob+{MEMBER}-alice") == f"alice-bob-{MEMBER}"
    assert model_handles(f"alice-{MEMBER}") == ["alice", MEMBER]
    assert handles_label(f"alice-{MEMBER}") == f"@alice + member {USER}"
    assert model_dir(Path("/d"), MEMBER).name == MEMBER
    assert parse_member_handle("discord-12-34") is None  # short ids are X handles, not a member
    assert parse_model_name("discord-12-34") == "12-34-discord"


def test_store_updates_and_deletes_by_id_under_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "tweets" / f"{MEMBER}.jsonl"
    save_posts(path, [Post(str(i), "", f"message {i}", False, False, "discord") for i in (1, 2, 3)])
    assert (
        update_posts(
            path, [Post("2", "", "edited", False, False, "discord"), Post("9", "", "new", False, False, "discord")]
        )
        == 1
    )
    assert [p.text for p in read_posts(path)] == ["message 1", "edited", "message 3"]  # 9 was never stored
    assert delete_posts(path, ["1", "3", "7"]) == 2
    assert [p.id for p in read_posts(path)] == ["2"]
    assert update_posts(tmp_path / "none.jsonl", []) == 0 and delete_posts(tmp_path / "none.jsonl", ["1"]) == 0


def test_chat_cleaning_rules_and_the_messages_table() -> None:
    text = (
        "hey <@123> and <@!4> <@&5> in <#6> look <:pog:99> <a:dance:98> at ```py\nx = 1\n``` `code` "
        "https://x.y @everyone now"
    )
    assert clean_chat_text(text) == "hey and in look at now"
    posts = [
        Post("1", "", "!play never gonna give you up", False, False, "discord"),
        Post("2", "", "/imitate member", False, False, "discord"),
        Post("3", "", "ok <@123>", False, False, "discord"),
        Post("4", "", "I baked three loaves of bread today <:bread:1>", False, False, "discord"),
    ]
    result = clean_posts(MEMBER, posts, CleanConfig(min_words=3))
    assert result.texts == ["I baked three loaves of bread today"]
    assert (result.counts.downloaded, result.counts.retweets, result.counts.short, result.counts.kept) == (4, 2, 1, 1)
    table = data_table_markdown([result])
    for row in (
        "| Messages downloaded | 4 |",
        "| Bot commands | 2 |",
        "| Short messages | 1 |",
        "| Messages kept | 1 |",
    ):
        assert row in table


@pytest.mark.parametrize("text", ["RT @x: hi there friend", "!ban everyone now please"])
def test_x_posts_keep_their_rules(text: str) -> None:
    result = clean_posts("alice", [Post("1", "", text, False, False, "archive")], CleanConfig(min_words=3))
    assert result.counts.retweets == (1 if text.startswith("RT") else 0)
