"""Sample posts logged to W&B after training (a PyTorch model in memory): huggingtweets' recipe.

Serving (`imitate generate`, the bot, eval) uses the runtime, :mod:`export.runtime`, not this.

The prompt is prefixed with ``gen.prefix`` (``<|endoftext|>``, so the model starts "a new post"), ``n``
samples are drawn in one batch, and each is cut at its first newline or end-of-text. The prompt stays
at the start of every post ("My dream is ..."), as huggingtweets shows them.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import torch

from imitate.config import GenerationConfig
from imitate.text import post_from_decoded

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def _quiet_padding_warning() -> Iterator[None]:
    """Rows that end in end-of-text (the prefix) look "right-padded" to transformers; they are not."""
    generation_logger = logging.getLogger("transformers.generation.utils")
    level = generation_logger.level
    generation_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        generation_logger.setLevel(level)


def _hf_generation_config(gen: GenerationConfig, tokenizer, max_new_tokens: int, min_length: int):
    from transformers import GenerationConfig as HFGenerationConfig

    eos = tokenizer.eos_token_id
    return HFGenerationConfig(
        do_sample=gen.do_sample,
        top_p=gen.top_p if gen.do_sample else None,
        top_k=gen.top_k if gen.do_sample else None,
        temperature=gen.temperature if gen.do_sample else None,
        min_length=min_length,
        max_new_tokens=max_new_tokens,
        pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos,
        eos_token_id=eos,
        bos_token_id=eos,
    )


def _encode(tokenizer, text: str) -> list[int]:
    return tokenizer(text, add_special_tokens=False)["input_ids"] if text else []


def _post_from(tokenizer, prompt: str, prompt_ids: list[int], new_ids: list[int]) -> str:
    """Decode prompt + continuation together (so no character is split at the seam), cut the continuation."""
    text = tokenizer.decode(prompt_ids + new_ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)
    return post_from_decoded(prompt, text)


def sample_posts(
    model,
    tokenizer,
    prompt: str,
    n: int,
    gen: GenerationConfig,
    seed: int | None,
    max_new_tokens: int | None = None,
) -> list[str]:
    """Sample ``n`` posts that start with ``prompt``; the same ``seed`` gives the same posts.

    ``max_new_tokens`` defaults to ``gen.max_length`` minus the prompt's tokens (prefix included), capped
    at the model's context length. Raises ValueError for ``n < 1`` or a prompt that fills the context.
    """
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    prefix_ids = _encode(tokenizer, gen.prefix)
    if not prefix_ids and not prompt:  # nothing to start from: begin a new post, as end-of-text would
        prefix_ids = [tokenizer.eos_token_id]
    prompt_ids = _encode(tokenizer, prompt)
    input_row = prefix_ids + prompt_ids
    context = int(getattr(model.config, "n_positions", 0) or getattr(model.config, "max_position_embeddings", 1024))
    room = context - len(input_row)
    if room < 1:
        raise ValueError(f"the prompt is {len(input_row)} tokens; the model takes at most {context - 1}")
    if max_new_tokens is None:
        max_new_tokens = gen.max_length - len(input_row)
    max_new_tokens = max(1, min(max_new_tokens, room))
    min_length = min(gen.min_length, len(input_row) + max_new_tokens)
    config = _hf_generation_config(gen, tokenizer, max_new_tokens, min_length)
    device = next(model.parameters()).device
    # One prompt repeated n times: every row has the same length, so no padding is needed.
    input_ids = torch.tensor([input_row] * n, dtype=torch.long, device=device)
    attention_mask = torch.ones_like(input_ids)
    was_training = model.training
    model.eval()
    devices = [device] if device.type == "cuda" else []
    try:
        with torch.random.fork_rng(devices=devices), torch.inference_mode(), _quiet_padding_warning():
            if seed is not None:
                torch.manual_seed(seed)
            output = model.generate(input_ids=input_ids, attention_mask=attention_mask, generation_config=config)
    finally:
        model.train(was_training)
    new_tokens = output[:, len(input_row) :].tolist()
    return [_post_from(tokenizer, prompt, prompt_ids, row) for row in new_tokens]
