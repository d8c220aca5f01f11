"""The post-cutting rule shared by training samples and the runtime."""

from __future__ import annotations

import pytest

from imitate.text import cut_post, post_from_decoded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My dream is bread<|endoftext|>next post", "My dream is bread"),
        ("  first line\nsecond line", "first line"),
        ("carriage\rreturn", "carriage"),
        ("broken \ufffd\ufffdbyte and emoji 🍞", "broken byte and emoji 🍞"),
        ("<|endoftext|>", ""),
        ("one\r\ntwo", "one"),
        ("  padded  ", "padded"),
        ("no cut at all", "no cut at all"),
        ("\nstarts with a newline", ""),
        ("a<|endoftext|>b\nc", "a"),
    ],
)
def test_cut_post(text, expected):
    assert cut_post(text) == expected


def test_prompt_is_kept_whole_and_continuation_cut():
    assert post_from_decoded("Two\nlines", "Two\nlines and more\nnot this") == "Two\nlines and more"
    assert post_from_decoded("Hi", "Hi there\ufffd<|endoftext|>x") == "Hi there"
    assert post_from_decoded("Prompt", "Other text\nx") == "Other text"  # decoding changed the prompt's form
