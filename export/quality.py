"""Checks an exported decoder against PyTorch: logits parity, greedy continuations, held-out perplexity.

Both sides run the same small decode loop over ``past_key_values`` (no sampling, no stop at end-of-text),
so a difference can only come from the graph. Prompts include a left-padded batch, the shape the runtime
uses for ``n`` posts at once.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

PARITY_PROMPTS = (
    "My dream is",
    "<|endoftext|>",
    "Just finished reading a great book about the history of",
    "I can't believe it's already Friday!",
    "The best coffee in town is",
)

# Used for perplexity when the model folder has no held-out posts (no data_split.json or no stored tweets).
BUILTIN_TEXTS = (
    "Just finished my morning run and the sunrise over the river was worth every step.",
    "Can't believe how fast this week went by, already planning the weekend.",
    "New blog post is up: ten things I learned from shipping a side project in a month.",
    "Coffee first, then emails, then maybe I will feel like a person again.",
    "The train was late again this morning, so I read three chapters of my book.",
    "Thank you all for the kind messages yesterday, it really made my day.",
    "Trying a new recipe tonight: lemon pasta with roasted garlic and fresh basil.",
    "Hot take: the best ideas come when you are away from the keyboard.",
    "We are hiring! Looking for a friendly engineer who loves clean code and good tests.",
    "Rainy Sunday, a cup of tea and an old film. Nothing else planned.",
    "Watched the match last night and I am still not over that final goal.",
    "Reminder to drink water, stretch, and call someone you love today.",
    "Our community garden finally has tomatoes, and the kids are thrilled.",
    "Does anyone have a good recommendation for a podcast about history?",
    "Spent the whole afternoon fixing a bug that turned out to be a missing comma.",
    "Excited to speak at the conference next month about building small, useful tools.",
    "The library downtown reopened today and it looks better than ever.",
    "Some days you just need to close the laptop and go for a long walk.",
    "Happy birthday to my little brother, who is now taller than me somehow.",
    "Finally learned to make bread that does not look like a brick. Progress!",
    "If you see a cat on the corner of Main Street, he is friendly and his name is Biscuit.",
    "Three meetings could have been emails today. One was actually useful.",
    "Road trip playlist suggestions welcome, we leave on Friday morning.",
    "Grateful for good friends, warm soup and a quiet evening at home.",
)

MAX_PPL_TOKENS = 8192  # enough for a stable figure, short enough for a 124M model on two cores


# --- one decode step on either engine ---------------------------------------------------------------


def position_ids(mask: np.ndarray) -> np.ndarray:
    """Positions as transformers computes them for a left-padded batch: count of real tokens so far - 1."""
    pos = np.cumsum(mask, axis=-1) - 1
    return np.where(mask == 0, 1, pos).astype(np.int64)


Step = Callable[[np.ndarray, np.ndarray, np.ndarray, Any], tuple[np.ndarray, Any]]


class OrtDecoder:
    """A thin caller of an exported with-past decoder: ``step(ids, mask, pos, past) -> (logits, past)``."""

    def __init__(self, model_path: Path, device: str = "cpu", threads: int = 0):
        import onnxruntime as ort

        from export.providers import open_session

        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = open_session(model_path, options, device)  # CudaUnavailableError if CUDA is not had
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.input_names = set(inputs)
        self.past_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs() if o.name.startswith("present.")]
        first = inputs[self.past_names[0]]
        self.past_dtype = np.float16 if "float16" in first.type else np.float32
        self.heads, self.head_dim = int(first.shape[1]), int(first.shape[3])

    def empty_past(self, batch: int) -> list[np.ndarray]:
        return [np.zeros((batch, self.heads, 0, self.head_dim), self.past_dtype) for _ in self.past_names]

    def step(self, ids: np.ndarray, mask: np.ndarray, pos: np.ndarray, past: Any) -> tuple[np.ndarray, Any]:
        past = self.empty_past(ids.shape[0]) if past is None else past
        feed = {"input_ids": ids.astype(np.int64), "attention_mask": mask.astype(np.int64)}
        if "position_ids" in self.input_names:
            feed["position_ids"] = pos
        feed.update(zip(self.past_names, past, strict=True))
        outputs = self.session.run(["logits", *self.present_names], feed)
        return outputs[0].astype(np.float32), outputs[1:]


class TorchDecoder:
    """The PyTorch reference with the same ``step`` signature."""

    def __init__(self, model):
        self.model = model.eval()

    def step(self, ids: np.ndarray, mask: np.ndarray, pos: np.ndarray, past: Any) -> tuple[np.ndarray, Any]:
        import torch

        with torch.inference_mode():
            out = self.model(
                input_ids=torch.from_numpy(ids.astype(np.int64)),
                attention_mask=torch.from_numpy(mask.astype(np.int64)),
                position_ids=torch.from_numpy(pos),
                past_key_values=past,
                use_cache=True,
            )
        return out.logits.float().numpy(), out.past_key_values


# --- parity -----------------------------------------------------------------------------------------


def encode_left_padded(tokenizer, prompts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    rows = [tokenizer.encode(p) or [tokenizer.eos_token_id] for p in prompts]
    width = max(len(r) for r in rows)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    ids = np.full((len(rows), width), pad, np.int64)
    mask = np.zeros((len(rows), width), np.int64)
    for i, row in enumerate(rows):
        ids[i, width - len(row) :] = row
        mask[i, width - len(row) :] = 1
    return ids, mask


def greedy(step: Step, ids: np.ndarray, mask: np.ndarray, tokens: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """``tokens`` greedy steps with the cache; returns the new tokens [batch, tokens] and each step's logits."""
    logits, past = step(ids, mask, position_ids(mask), None)
    step_logits = [logits]
    chosen = []
    for _ in range(tokens):
        nxt = logits[:, -1, :].argmax(-1)[:, None].astype(np.int64)
        chosen.append(nxt)
        mask = np.concatenate([mask, np.ones_like(nxt)], axis=1)
        logits, past = step(nxt, mask, position_ids(mask)[:, -1:], past)
        step_logits.append(logits)
    return np.concatenate(chosen, axis=1), step_logits


@dataclass
class Parity:
    max_abs_diff: float  # over every real (non-pad) position of every prompt, and the decode steps
    greedy_equal: bool
    greedy_tokens: int
    greedy_agreement: float  # share of greedy tokens equal to PyTorch's
    first_mismatch: list[int] | None  # [row, step] of the first differing token

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def max_diff(a: np.ndarray, b: np.ndarray, mask: np.ndarray | None = None) -> float:
    diff = np.abs(a.astype(np.float64) - b.astype(np.float64))
    if mask is not None:
        diff = diff[mask.astype(bool)]
    return float(np.nan_to_num(diff, nan=np.inf).max()) if diff.size else 0.0


@dataclass
class Run:
    """One engine's outputs on the parity prompts: each prompt alone, then the left-padded batch + greedy."""

    singles: list[np.ndarray]
    mask: np.ndarray
    tokens: np.ndarray
    logits: list[np.ndarray]


def run_prompts(step: Step, tokenizer, tokens: int, prompts: Sequence[str] = PARITY_PROMPTS) -> Run:
    singles = []
    for prompt in prompts:
        ids, mask = encode_left_padded(tokenizer, [prompt])
        singles.append(step(ids, mask, position_ids(mask), None)[0])
    ids, mask = encode_left_padded(tokenizer, prompts)
    chosen, logits = greedy(step, ids, mask, tokens)
    return Run(singles, mask, chosen, logits)


def compare(ref: Run, cand: Run) -> Parity:
    """Largest logit difference over real positions and identical-prefix decode steps; greedy agreement."""
    worst = max((max_diff(a, b) for a, b in zip(ref.singles, cand.singles, strict=True)), default=0.0)
    worst = max(worst, max_diff(ref.logits[0], cand.logits[0], ref.mask))
    steps = ref.tokens.shape[1]
    # Decode-step logits are comparable only while both sides fed the same tokens.
    for i in range(1, steps + 1):
        same = (ref.tokens[:, :i] == cand.tokens[:, :i]).all(axis=1)
        if same.any():
            worst = max(worst, max_diff(ref.logits[i][same], cand.logits[i][same]))
    equal = ref.tokens == cand.tokens
    mismatch = np.argwhere(~equal)
    first = [int(x) for x in mismatch[np.lexsort((mismatch[:, 0], mismatch[:, 1]))][0]] if mismatch.size else None
    return Parity(
        max_abs_diff=worst,
        greedy_equal=bool(equal.all()),
        greedy_tokens=steps,
        greedy_agreement=float(equal.mean()) if equal.size else 1.0,
        first_mismatch=first,
    )


def check_parity(reference: Step | Run, candidate: Step, tokenizer, tokens: int) -> Parity:
    """Compare ``candidate`` with ``reference`` (a step function, or its precomputed :class:`Run`)."""
    ref = reference if isinstance(reference, Run) else run_prompts(reference, tokenizer, tokens)
    return compare(ref, run_prompts(candidate, tokenizer, tokens))


# --- perplexity -------------------------------------------------------------------------------------


def token_blocks(tokenizer, texts: Sequence[str], block: int, max_tokens: int = MAX_PPL_TOKENS) -> np.ndarray:
    """Texts joined by end-of-text (one before the first, as in training), cut into full blocks."""
    eos = tokenizer.eos_token_id
    stream: list[int] = []
    for text in texts:
        stream.append(eos)
        stream.extend(tokenizer.encode(text))
        if len(stream) >= max_tokens:
            break
    stream.append(eos)
    stream = stream[:max_tokens]
    block = min(block, len(stream))
    rows = len(stream) // block
    return np.asarray(stream[: rows * block], np.int64).reshape(rows, block)


def next_token_logits(
    step: Step, blocks: np.ndarray, max_batch_tokens: int = 512
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Per batch of ``blocks`` [n, block]: the next-token logits of every position but the last, flattened
    [N, V] (float64), and the tokens that came next [N]."""
    batch = max(1, max_batch_tokens // blocks.shape[1])
    for start in range(0, len(blocks), batch):
        ids = blocks[start : start + batch]
        mask = np.ones_like(ids)
        logits, _ = step(ids, mask, position_ids(mask), None)
        yield logits[:, :-1].reshape(-1, logits.shape[-1]).astype(np.float64), ids[:, 1:].reshape(-1)


def negative_log_likelihood(logits: np.ndarray, targets: np.ndarray) -> float:
    """The summed -log softmax(logits)[target] over rows of ``logits`` [N, V]."""
    top = logits.max(-1, keepdims=True)
    logsumexp = np.log(np.exp(logits - top).sum(-1)) + top[:, 0]
    picked = np.take_along_axis(logits, targets[:, None], axis=-1)[:, 0]
    return float((logsumexp - picked).sum())


def perplexity(step: Step, blocks: np.ndarray, max_batch_tokens: int = 512) -> float:
    """exp(mean next-token negative log-likelihood) over ``blocks`` [n, block]."""
    total, count = 0.0, 0
    for logits, targets in next_token_logits(step, blocks, max_batch_tokens):
        total += negative_log_likelihood(logits, targets)
        count += targets.size
    return math.exp(total / count) if count else float("nan")


def decode_perplexity(engine: Any, blocks: np.ndarray, rows: int = 32) -> float:
    """exp(mean next-token negative log-likelihood) over ``blocks`` [n, block] through an engine's own
    decode loop (:class:`~export.runtime.engines.Engine`): each row's first token is prefilled, then
    every other token is fed one step at a time, ``rows`` rows at once. It scores what serving computes,
    its cache included, where :func:`perplexity` runs the exported graph over whole blocks. The engine's
    logits must cover the whole vocabulary (no cut output layer)."""
    total, count = 0.0, 0
    for start in range(0, len(blocks), rows):
        ids = blocks[start : start + rows]
        parts = [engine.prefill([int(row[0])], ids.shape[1]) for row in ids]
        logits = np.concatenate([p[0] for p in parts])
        past = engine.gather([(p[1], np.zeros(1, np.int64), 1) for p in parts], 1)
        for t in range(1, ids.shape[1]):
            total += negative_log_likelihood(logits.astype(np.float64), ids[:, t])
            count += len(ids)
            if t + 1 < ids.shape[1]:
                logits, past = engine.decode(ids[:, t], np.full(len(ids), t, np.int64), t, past)
    return math.exp(total / count) if count else float("nan")


def held_out_texts(model_dir: Path, data_dir: Path) -> tuple[list[str], str]:
    """Validation posts of the model (ids from ``data_split.json``, text from the tweet store), cleaned.

    Falls back to :data:`BUILTIN_TEXTS` when the split or the posts are missing; the second value says
    which source was used (it goes into the manifest).
    """
    split_path = Path(model_dir) / "data_split.json"
    if not split_path.is_file():
        return list(BUILTIN_TEXTS), "builtin sentences (no data_split.json in the model folder)"
    try:
        split = json.loads(split_path.read_text(encoding="utf-8"))
        val_ids = {handle: {str(i) for i in ids} for handle, ids in split.get("val_ids", {}).items()}
    except (json.JSONDecodeError, AttributeError, TypeError) as exc:
        return list(BUILTIN_TEXTS), f"builtin sentences (data_split.json unreadable: {exc})"
    texts = read_val_posts(data_dir, val_ids)
    if not texts:
        return list(BUILTIN_TEXTS), "builtin sentences (no held-out posts found in the tweet store)"
    return texts, f"held-out posts ({len(texts)} from {', '.join(sorted(val_ids))})"


def read_val_posts(data_dir: Path, val_ids: dict[str, set[str]]) -> list[str]:
    from imitate.paths import tweets_path
    from trainer.clean import clean_text
    from trainer.posts import InputError, read_posts

    texts: list[str] = []
    for handle, ids in sorted(val_ids.items()):
        try:
            posts = read_posts(tweets_path(data_dir, handle))
        except (InputError, ValueError) as exc:
            logger.warning("held-out posts of %s unavailable: %s", handle, exc)
            continue
        texts.extend(t for t in (clean_text(p.text) for p in posts if p.id in ids) if t)
    return texts
