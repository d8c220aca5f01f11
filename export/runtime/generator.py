"""The generator: one decode loop over any :class:`~export.runtime.engines.Engine`, with the originality filter."""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np

from export.originality import Copy, OriginalityIndex
from export.runtime.engines import Engine
from export.runtime.errors import GenerationError, PromptTooLongError
from export.runtime.sampling import Sampling, choose_tokens
from export.runtime.tokens import Tokens
from imitate.text import post_from_decoded

logger = logging.getLogger(__name__)


class Generator:
    """``generate(prompt, n, seed=..., **overrides)`` -> ``n`` posts starting with ``prompt``."""

    def __init__(
        self,
        backend: Engine,
        tokens: Tokens,
        defaults: Sampling,
        *,
        name: str,
        variant: str,
        context: int,
        max_prompt_tokens: int,
        index: OriginalityIndex | None = None,
        originality_retries: int = 3,
    ):
        self.backend: Engine | None = backend  # None once closed
        self.tokens = tokens
        self.defaults = defaults
        self.name = name
        self.engine = backend.name
        self.variant = variant
        self.device = backend.device
        self.context = context
        self.max_prompt_tokens = max_prompt_tokens
        self.index = index
        self.originality_retries = originality_retries
        self.last_new_tokens = 0  # tokens decoded by the last generate call, retries included (for benchmarks)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Generator({self.name!r}, engine={self.engine}, variant={self.variant}, device={self.device})"

    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None, **overrides: Any) -> list[str]:
        """``n`` posts for ``prompt`` in one batch; the same ``seed`` gives the same posts."""
        if not isinstance(n, int) or n < 1:
            raise GenerationError(f"n must be a positive integer, got {n!r}")
        settings = self.defaults.override(**overrides)
        prompt_ids = self.tokens.encode(prompt)
        if len(prompt_ids) > self.max_prompt_tokens:
            raise PromptTooLongError(
                f"the prompt is {len(prompt_ids)} tokens long; at most {self.max_prompt_tokens} are allowed "
                "(runtime.max_prompt_tokens): shorten it"
            )
        prefix_ids = self.tokens.encode(settings.prefix)
        if not prefix_ids and not prompt_ids:  # nothing to start from: begin a new post
            prefix_ids = [self.tokens.eos]
        row = prefix_ids + prompt_ids
        rng = np.random.default_rng(seed)
        with self._lock:
            self._open_backend()
            self.last_new_tokens = 0
            posts = [self._post(prompt, prompt_ids, new) for new in self.sample_tokens(row, n, settings, rng)]
            if settings.originality and self.index is not None:
                posts = self._make_original(prompt, prompt_ids, row, posts, settings, rng)
        return posts

    def _open_backend(self) -> Engine:
        if self.backend is None:
            raise GenerationError(f"the generator for {self.name} is closed")
        return self.backend

    def sample_tokens(self, row: list[int], n: int, s: Sampling, rng: np.random.Generator) -> list[list[int]]:
        """The new tokens of ``n`` continuations of ``row``, each ending at its stop token (included)."""
        room = self.context - len(row)
        if room < 1:
            raise PromptTooLongError(f"the prompt fills the model's context of {self.context} tokens")
        max_new = s.max_new_tokens if s.max_new_tokens is not None else s.max_length - len(row)
        max_new = min(max_new, room)
        if max_new < 1:
            raise GenerationError(
                f"max_length {s.max_length} leaves no room after the prompt's {len(row)} tokens: raise max_new_tokens"
            )
        min_new = s.min_new_tokens if s.min_new_tokens is not None else s.min_length - len(row)
        min_new = max(0, min(min_new, max_new))
        stops = self.tokens.stop_ids
        backend = self._open_backend()
        logits, past = backend.prefill(row, total=len(row) + max_new)
        past = backend.expand(past, n)
        logits = np.repeat(logits, n, axis=0)
        out = np.full((n, max_new), self.tokens.eos, np.int64)
        ended = np.zeros(n, bool)
        lengths = np.full(n, max_new)
        for i in range(max_new):
            if i < min_new:
                logits[:, stops[stops < logits.shape[1]]] = -np.inf
            chosen = np.where(ended, self.tokens.eos, choose_tokens(logits, s, rng))
            out[:, i] = chosen
            now = ~ended & np.isin(chosen, stops)
            lengths[now] = i + 1
            ended |= now
            if ended.all() or i + 1 == max_new:
                break
            logits, past = backend.step(chosen, len(row) + i, past)
        self.last_new_tokens += int(lengths.sum())
        return [out[r, : lengths[r]].tolist() for r in range(n)]

    def _post(self, prompt: str, prompt_ids: list[int], new: list[int]) -> str:
        """Prompt and continuation decoded together (no character split at the seam), then cut."""
        return post_from_decoded(prompt, self.tokens.decode(prompt_ids + new))

    # --- originality ----------------------------------------------------------------------------------

    def _copied(self, found: Copy, baseline: Copy) -> bool:
        """Copying a training post beyond what the prompt itself already copies."""
        assert self.index is not None
        return (found.exact or found.run >= self.index.n) and found > baseline

    def _make_original(
        self,
        prompt: str,
        prompt_ids: list[int],
        row: list[int],
        posts: list[str],
        s: Sampling,
        rng: np.random.Generator,
    ) -> list[str]:
        """Draw copied posts again (all of them in one batch per round); keep each slot's least-copied post."""
        index = self.index
        assert index is not None, "generate calls this only with an originality index"
        baseline = index.check(prompt) if prompt else Copy(False, 0)

        def rank(post: str) -> tuple[bool, Copy]:
            found = index.check(post)
            return self._copied(found, baseline), found

        ranks = [rank(p) for p in posts]
        for _ in range(self.originality_retries if s.do_sample else 0):
            bad = [i for i, (copied, _) in enumerate(ranks) if copied]
            if not bad:
                break
            fresh = self.sample_tokens(row, len(bad), s, rng)
            for i, new in zip(bad, fresh, strict=True):
                post = self._post(prompt, prompt_ids, new)
                candidate = rank(post)
                if candidate < ranks[i]:
                    posts[i], ranks[i] = post, candidate
        left = sum(copied for copied, _ in ranks)
        if left:
            logger.info(
                "%s: %d of %d posts still copy a training post; kept the least-copied", self.name, left, len(posts)
            )
        return posts

    def close(self) -> None:
        with self._lock:
            if self.backend is not None:
                self.backend.close()
                self.backend = None
