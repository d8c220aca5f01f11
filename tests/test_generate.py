"""trainer.samples: n posts, the prompt at the start, cut posts, seeded reproducibility (the cutting rule
itself: tests/test_text.py)."""

from __future__ import annotations

import pytest
import torch

from imitate.config import GenerationConfig
from tests.conftest import TINY_GPT2
from trainer.model import build_builtin_model
from trainer.samples import sample_posts

GEN = GenerationConfig(max_length=24, min_length=2)


@pytest.fixture(scope="module")
def tiny():
    model, tokenizer = build_builtin_model(TINY_GPT2, seed=0)
    return model, tokenizer


def test_n_posts_start_with_the_prompt_and_are_cut(tiny):
    model, tokenizer = tiny
    posts = sample_posts(model, tokenizer, "My dream is", 4, GEN, seed=1)
    assert len(posts) == 4
    for post in posts:
        assert post.startswith("My dream is")
        assert "\n" not in post and "<|endoftext|>" not in post
        assert post == post.strip()


def test_same_seed_same_posts_other_seed_other_posts(tiny):
    model, tokenizer = tiny
    first = sample_posts(model, tokenizer, "My dream is", 3, GEN, seed=7)
    assert sample_posts(model, tokenizer, "My dream is", 3, GEN, seed=7) == first
    assert sample_posts(model, tokenizer, "My dream is", 3, GEN, seed=8) != first


def test_seeding_leaves_the_global_generator_alone(tiny):
    model, tokenizer = tiny
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    sample_posts(model, tokenizer, "Hi", 2, GEN, seed=5)
    assert torch.equal(torch.rand(3), expected)


def test_empty_prompt_and_max_new_tokens(tiny):
    model, tokenizer = tiny
    posts = sample_posts(model, tokenizer, "", 2, GEN, seed=3, max_new_tokens=5)
    assert len(posts) == 2
    for post in posts:
        assert len(tokenizer(post)["input_ids"]) <= 6  # a decoded token may re-split, at most by one here


def test_prompt_too_long_and_bad_n(tiny):
    model, tokenizer = tiny
    with pytest.raises(ValueError, match="prompt"):
        sample_posts(model, tokenizer, "word " * 100, 1, GEN, seed=0)
    with pytest.raises(ValueError, match="n must be"):
        sample_posts(model, tokenizer, "Hi", 0, GEN, seed=0)


class _ScriptedModel(torch.nn.Module):
    """Stands in for a model whose continuation is fixed text: checks cutting and joining in sample_posts."""

    def __init__(self, tokenizer, continuation: str) -> None:
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(1))
        self.config = type("Config", (), {"n_positions": 64})()
        self.tokens = tokenizer(continuation, add_special_tokens=False)["input_ids"]
        self.seen = None

    def generate(self, input_ids, attention_mask, generation_config):
        self.seen = generation_config
        tail = torch.tensor([self.tokens] * input_ids.shape[0], dtype=torch.long)
        return torch.cat([input_ids, tail], dim=1)


def test_posts_are_cut_at_newline_and_end_of_text(tiny):
    _, tokenizer = tiny
    scripted = _ScriptedModel(tokenizer, " to bake bread\nsecond line")
    assert sample_posts(scripted, tokenizer, "My dream is", 2, GEN, seed=0) == ["My dream is to bake bread"] * 2
    scripted = _ScriptedModel(tokenizer, " big<|endoftext|>another post")
    assert sample_posts(scripted, tokenizer, "My dream is", 1, GEN, seed=0) == ["My dream is big"]


def test_generation_settings_come_from_the_config(tiny):
    _, tokenizer = tiny
    scripted = _ScriptedModel(tokenizer, " ok")
    gen = GenerationConfig(top_p=0.9, top_k=40, temperature=0.7, max_length=30, min_length=5)
    sample_posts(scripted, tokenizer, "Hello", 1, gen, seed=0)
    seen = scripted.seen
    prompt_tokens = 1 + len(tokenizer("Hello")["input_ids"])  # <|endoftext|> prefix + prompt
    assert (seen.do_sample, seen.top_p, seen.top_k, seen.temperature) == (True, 0.9, 40, 0.7)
    assert seen.max_new_tokens == 30 - prompt_tokens
    assert seen.min_length == 5
