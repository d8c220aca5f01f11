"""Counts in messages are pluralised: "1 post", never "1 posts"."""

from __future__ import annotations

import json
import re

from imitate.cli import main
from imitate.wording import count


def test_count_pluralises() -> None:
    assert [count(n, "post") for n in (0, 1, 2)] == ["0 posts", "1 post", "2 posts"]
    assert count(1, "long post") == "1 long post" and count(3, "entry", "entries") == "3 entries"
    assert count(1234, "token", thousands=True) == "1,234 tokens" and count(1, "token", thousands=True) == "1 token"


def test_fetch_of_one_post_says_1_post(tmp_path, capsys) -> None:
    posts = tmp_path / "one.jsonl"
    posts.write_text(json.dumps({"id": "1", "text": "the only post about bread"}) + "\n")
    assert main(["--data-dir", str(tmp_path / "data"), "fetch", "alice", "--file", str(posts)]) == 0
    out = capsys.readouterr()
    assert "@alice: 1 post read from file" in out.out
    assert not re.search(r"\b1 (new )?posts\b", out.out + out.err)  # the log lines of the reader and the store too
