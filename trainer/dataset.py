"""From cleaned posts to training data: the train/validation split, cyborg balancing, and packing.

- ``split_posts`` holds out posts (never parts of a post), chosen by a seeded hash of each post id,
  so the split does not depend on the order posts come in and is the same on every run.
- ``balance`` is the cyborg rule: every epoch each handle's train posts are repeated up to the size
  (in posts) of the largest handle, then everything is shuffled with ``seed`` and ``epoch``.
  (huggingtweets balanced by characters; the ids-only interface balances by post count.)
- ``pack`` / ``pack_blocks`` put ``<|endoftext|>`` before every post and one after the last, join
  the token ids into one stream and cut it into blocks of ``block_size``, as huggingtweets'
  ``TextDataset`` did. The tail shorter than a block is dropped when there is at least one full
  block; when all the data is shorter than one block it becomes one block padded with
  ``<|endoftext|>``, and ``pack_blocks`` gives labels of -100 on the padding so the padding adds
  nothing to the loss (``pack`` returns only the ids). ``pack_blocks(..., pad_tail=True)`` keeps
  the tail the same way: use it for validation, where every post should count.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

import torch

IGNORE_INDEX = -100  # label value that Hugging Face causal LM losses skip


def _hash_key(seed: int, post_id: str) -> bytes:
    return hashlib.sha256(f"{seed}:{post_id}".encode()).digest()


def split_posts(ids: list[str], val_fraction: float, seed: int) -> tuple[set[str], set[str]]:
    """(train_ids, val_ids): about ``val_fraction`` of the distinct ids held out, at least one when
    there are two or more, never all of them. Deterministic in (set of ids, seed)."""
    if not 0.0 <= val_fraction < 1.0:
        raise ValueError(f"val_fraction must be in [0, 1), got {val_fraction}")
    distinct = sorted(set(ids), key=lambda post_id: _hash_key(seed, post_id))
    n = len(distinct)
    if n < 2 or val_fraction == 0.0:
        return set(distinct), set()
    n_val = min(max(1, round(n * val_fraction)), n - 1)
    return set(distinct[n_val:]), set(distinct[:n_val])


def _id_order(post_id: str) -> tuple[int, int | str]:
    return (0, int(post_id)) if post_id.isdigit() else (1, post_id)


def balance(train_by_handle: dict[str, list[str]], seed: int, epoch: int) -> list[str]:
    """One epoch of post ids: each handle's ids repeated up to the largest handle's count (whole
    copies, then a seeded sample for the remainder), all shuffled with (seed, epoch).

    Handles with no posts are skipped. The result does not depend on the order of the input."""
    rng = random.Random(f"balance:{seed}:{epoch}")
    groups = {h: sorted(ids, key=_id_order) for h, ids in sorted(train_by_handle.items()) if ids}
    if not groups:
        return []
    target = max(len(ids) for ids in groups.values())
    epoch_ids: list[str] = []
    for ids in groups.values():
        copies, remainder = divmod(target, len(ids))
        epoch_ids.extend(ids * copies)
        epoch_ids.extend(rng.sample(ids, remainder))
    rng.shuffle(epoch_ids)
    return epoch_ids


@dataclass
class PackedBlocks:
    input_ids: torch.Tensor  # LongTensor [n_blocks, block_size]
    labels: torch.Tensor  # input_ids with IGNORE_INDEX on padding
    n_tokens: int  # tokens in the stream (separators included)
    dropped_tokens: int  # tail tokens left out


class TokenCache:
    """Token ids per distinct text, so repeated posts (epochs, cyborg copies) are tokenized once.

    Hold one for a training run and pass it to every ``pack`` call."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self._ids: dict[str, list[int]] = {}

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._ids))
        if missing:
            encoded = self.tokenizer(missing, add_special_tokens=False)["input_ids"]
            self._ids.update(zip(missing, encoded, strict=True))
        return [self._ids[t] for t in texts]

    def __len__(self) -> int:
        return len(self._ids)


def token_stream(texts: Sequence[str], tokenizer, cache: TokenCache | None = None) -> list[int]:
    """``<|endoftext|> post <|endoftext|> post ... <|endoftext|>`` as token ids."""
    if cache is None:
        cache = TokenCache(tokenizer)
    elif cache.tokenizer is not tokenizer:
        raise ValueError("the TokenCache was made for another tokenizer")
    eos = tokenizer.eos_token_id
    if eos is None:
        raise ValueError("the tokenizer has no end-of-text token")
    stream: list[int] = []
    for ids in cache.ids(texts):
        stream.append(eos)
        stream.extend(ids)
    if stream:
        stream.append(eos)
    return stream


def pack_blocks(
    texts: Sequence[str],
    tokenizer,
    block_size: int,
    *,
    pad_tail: bool = False,
    cache: TokenCache | None = None,
) -> PackedBlocks:
    """Pack ``texts`` into blocks; see the module docstring for the tail rule."""
    if block_size < 2:
        raise ValueError(f"block_size must be >= 2, got {block_size}")
    stream = token_stream(texts, tokenizer, cache)
    n_full, tail = divmod(len(stream), block_size)
    keep_tail = tail > 0 and (pad_tail or n_full == 0)
    n_blocks = n_full + int(keep_tail)
    padded = n_blocks * block_size - len(stream) if keep_tail else 0
    used = n_blocks * block_size - padded
    ids = torch.tensor(stream[:used] + [tokenizer.eos_token_id] * padded, dtype=torch.long)
    labels = ids.clone()
    if padded:
        labels[used:] = IGNORE_INDEX
    return PackedBlocks(
        input_ids=ids.view(n_blocks, block_size),
        labels=labels.view(n_blocks, block_size),
        n_tokens=len(stream),
        dropped_tokens=len(stream) - used,
    )


def pack(texts: list[str], tokenizer, block_size: int, cache: TokenCache | None = None) -> torch.Tensor:
    """Token ids of ``texts`` packed into a LongTensor [n_blocks, block_size] (see ``pack_blocks``)."""
    return pack_blocks(texts, tokenizer, block_size, cache=cache).input_ids
