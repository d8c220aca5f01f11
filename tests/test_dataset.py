"""Train/validation split, cyborg balancing, and packing into blocks (with the real GPT-2 tokenizer)."""

from __future__ import annotations

from collections import Counter

import pytest
import torch

from trainer.dataset import (
    IGNORE_INDEX,
    TokenCache,
    balance,
    pack,
    pack_blocks,
    split_posts,
    token_stream,
)
from trainer.model import load_gpt2_tokenizer


@pytest.fixture(scope="module")
def tokenizer():
    return load_gpt2_tokenizer()


# --- split_posts --------------------------------------------------------------------------------


def test_split_is_disjoint_and_complete() -> None:
    ids = [str(1000 + i) for i in range(500)]
    train, val = split_posts(ids, 0.1, seed=42)
    assert train.isdisjoint(val)
    assert train | val == set(ids)
    assert len(val) == 50


def test_split_is_deterministic_and_order_free() -> None:
    ids = [str(i) for i in range(200)]
    first = split_posts(ids, 0.1, seed=7)
    assert split_posts(list(reversed(ids)), 0.1, seed=7) == first
    assert split_posts(ids + ids[:10], 0.1, seed=7) == first  # duplicates do not matter
    assert split_posts(ids, 0.1, seed=8) != first


def test_split_tiny_inputs() -> None:
    assert split_posts([], 0.1, seed=0) == (set(), set())
    assert split_posts(["a"], 0.1, seed=0) == ({"a"}, set())
    train, val = split_posts(["a", "b"], 0.1, seed=0)
    assert len(train) == 1 and len(val) == 1
    train, val = split_posts([str(i) for i in range(5)], 0.45, seed=0)
    assert len(val) == 2 and len(train) == 3


def test_split_about_the_fraction() -> None:
    ids = [f"post-{i}" for i in range(1234)]
    _, val = split_posts(ids, 0.25, seed=1)
    assert len(val) == round(1234 * 0.25)


def test_split_rejects_bad_fraction() -> None:
    with pytest.raises(ValueError):
        split_posts(["a", "b"], 1.0, seed=0)


# --- balance ------------------------------------------------------------------------------------


def test_balance_single_handle_is_a_shuffle() -> None:
    ids = [str(i) for i in range(50)]
    epoch = balance({"a": ids}, seed=3, epoch=0)
    assert sorted(epoch, key=int) == ids
    assert epoch != ids


def test_balance_cyborg_sizes() -> None:
    groups = {
        "big": [f"b{i}" for i in range(100)],
        "mid": [f"m{i}" for i in range(30)],
        "small": [f"s{i}" for i in range(7)],
    }
    epoch = balance(groups, seed=0, epoch=0)
    assert len(epoch) == 300
    counts = Counter(epoch)
    assert sum(counts[i] for i in groups["big"]) == 100
    assert sum(counts[i] for i in groups["mid"]) == 100
    assert sum(counts[i] for i in groups["small"]) == 100
    # Every post of a smaller handle appears, as evenly as possible: 100 = 14*7 + 2 and 100 = 3*30 + 10.
    assert {counts[i] for i in groups["small"]} <= {14, 15}
    assert {counts[i] for i in groups["mid"]} <= {3, 4}
    assert all(counts[i] == 1 for i in groups["big"])


def test_balance_is_deterministic_and_reshuffled_each_epoch() -> None:
    groups = {"a": [str(i) for i in range(40)], "b": [str(100 + i) for i in range(9)]}
    reordered = {"b": list(reversed(groups["b"])), "a": groups["a"]}
    assert balance(groups, 5, 0) == balance(reordered, 5, 0)
    assert balance(groups, 5, 0) != balance(groups, 5, 1)
    assert balance(groups, 5, 0) != balance(groups, 6, 0)
    assert len(balance(groups, 5, 1)) == len(balance(groups, 5, 0)) == 80


def test_balance_skips_empty_handles() -> None:
    assert balance({}, 0, 0) == []
    assert balance({"a": [], "b": []}, 0, 0) == []
    assert sorted(balance({"a": ["1", "2"], "b": []}, 0, 0)) == ["1", "2"]


# --- pack ---------------------------------------------------------------------------------------

TEXTS = [
    "Fresh rye is out of the oven!",
    "Bread & butter <3 שלום",
    "Snow day ❄️ but we're open 🍞",
    "@rosa_bakes the #sourdough is ready",
]


def test_stream_matches_tokenizing_the_joined_text(tokenizer) -> None:
    joined = "<|endoftext|>" + "<|endoftext|>".join(TEXTS) + "<|endoftext|>"
    assert token_stream(TEXTS, tokenizer) == tokenizer(joined, add_special_tokens=False)["input_ids"]


def test_pack_shapes_and_block_starts(tokenizer) -> None:
    texts = TEXTS * 10
    stream = token_stream(texts, tokenizer)
    blocks = pack(texts, tokenizer, block_size=16)
    assert blocks.dtype == torch.long
    assert blocks.shape == (len(stream) // 16, 16)
    # Blocks are consecutive slices of the stream: block k starts at token 16*k; the first at <|endoftext|>.
    assert blocks.flatten().tolist() == stream[: blocks.numel()]
    for k in range(blocks.shape[0]):
        assert blocks[k, 0].item() == stream[16 * k]
    assert blocks[0, 0].item() == tokenizer.eos_token_id


def test_pack_every_post_is_preceded_by_eos(tokenizer) -> None:
    stream = token_stream(TEXTS, tokenizer)
    eos = tokenizer.eos_token_id
    positions = [i for i, t in enumerate(stream) if t == eos]
    assert len(positions) == len(TEXTS) + 1
    pieces = [stream[a + 1 : b] for a, b in zip(positions, positions[1:], strict=False)]
    assert [tokenizer.decode(p) for p in pieces] == TEXTS


def test_pack_drops_the_tail(tokenizer) -> None:
    texts = TEXTS * 5
    stream = token_stream(texts, tokenizer)
    packed = pack_blocks(texts, tokenizer, 32)
    assert packed.n_tokens == len(stream)
    assert packed.dropped_tokens == len(stream) % 32
    assert (packed.labels == packed.input_ids).all()


def test_pack_pads_when_everything_is_shorter_than_a_block(tokenizer) -> None:
    stream = token_stream(TEXTS[:1], tokenizer)
    packed = pack_blocks(TEXTS[:1], tokenizer, 64)
    assert packed.input_ids.shape == (1, 64)
    n = len(stream)
    assert packed.input_ids[0, :n].tolist() == stream
    assert (packed.input_ids[0, n:] == tokenizer.eos_token_id).all()
    assert (packed.labels[0, :n] == packed.input_ids[0, :n]).all()
    assert (packed.labels[0, n:] == IGNORE_INDEX).all()
    assert packed.dropped_tokens == 0
    assert pack(TEXTS[:1], tokenizer, 64).shape == (1, 64)


def test_pack_pad_tail_keeps_every_token(tokenizer) -> None:
    texts = TEXTS * 3
    stream = token_stream(texts, tokenizer)
    packed = pack_blocks(texts, tokenizer, 16, pad_tail=True)
    assert packed.input_ids.shape[0] == -(-len(stream) // 16)
    assert packed.dropped_tokens == 0
    real = packed.labels.flatten()
    assert real[real != IGNORE_INDEX].tolist() == stream


def test_pack_exact_multiple_has_no_padding(tokenizer) -> None:
    stream = token_stream(TEXTS, tokenizer)
    packed = pack_blocks(TEXTS, tokenizer, len(stream), pad_tail=True)
    assert packed.input_ids.shape == (1, len(stream))
    assert (packed.labels != IGNORE_INDEX).all()


def test_pack_empty(tokenizer) -> None:
    assert pack([], tokenizer, 8).shape == (0, 8)


def test_pack_rejects_tiny_blocks(tokenizer) -> None:
    with pytest.raises(ValueError):
        pack(TEXTS, tokenizer, 1)


def test_token_cache_tokenizes_each_text_once(tokenizer) -> None:
    calls: list[int] = []

    class Counting:
        eos_token_id = tokenizer.eos_token_id

        def __call__(self, texts, **kwargs):
            calls.append(len(texts))
            return tokenizer(texts, **kwargs)

    counting = Counting()
    cache = TokenCache(counting)
    epoch = TEXTS * 50
    first = pack(epoch, counting, 16, cache=cache)
    second = pack(list(reversed(epoch)), counting, 16, cache=cache)
    assert calls == [len(TEXTS)]
    assert len(cache) == len(TEXTS)
    assert first.shape == second.shape
    with pytest.raises(ValueError):
        pack(TEXTS, tokenizer, 16, cache=cache)  # a cache belongs to one tokenizer
