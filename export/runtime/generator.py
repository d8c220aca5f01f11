"""The generator: requests for one model, decoded in its :class:`~export.runtime.scheduler.Scheduler`'s loop,
with the originality filter (copied posts are drawn again in the same loop)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np

from export.originality import Copy, OriginalityIndex
from export.runtime.engines import Engine
from export.runtime.errors import GenerationError, PromptTooLongError
from export.runtime.sampling import Sampling
from export.runtime.scheduler import Group, Scheduler
from export.runtime.tokens import Tokens
from imitate.config import RuntimeConfig
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
        max_batch: int = RuntimeConfig.max_batch,
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
        self.scheduler: Scheduler | None = Scheduler(
            backend, tokens.stop_ids, tokens.eos, name=name, max_batch=max_batch
        )

    def __repr__(self) -> str:
        return f"Generator({self.name!r}, engine={self.engine}, variant={self.variant}, device={self.device})"

    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None, **overrides: Any) -> list[str]:
        """``n`` posts for ``prompt``, decoded in the model's shared loop; the same ``seed`` gives the same posts."""
        future = self.submit(prompt, n, seed=seed, **overrides)
        posts = future.result()
        self.last_new_tokens = future.new_tokens  # type: ignore[attr-defined]
        return posts

    def submit(self, prompt: str = "", n: int = 5, *, seed: int | None = None, **overrides: Any) -> Future[list[str]]:
        """Queue a request in the decode loop; its future resolves with the ``n`` posts as soon as they end.
        Cancelling the future drops the request at the loop's next step. Bad requests raise here."""
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
        scheduler = self.scheduler
        if scheduler is None or scheduler.closed:
            raise GenerationError(f"the generator for {self.name} is closed")
        request = _Request(self, prompt, prompt_ids, prefix_ids + prompt_ids, n, settings, np.random.default_rng(seed))
        request.start(scheduler)
        return request.future

    def group(
        self,
        row: list[int],
        n: int,
        s: Sampling,
        rng: np.random.Generator,
        on_done: Callable[[list[list[int]]], None],
        on_error: Callable[[BaseException], None],
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Group:
        """The scheduler's unit for ``n`` continuations of ``row``, its lengths checked against the context."""
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
        return Group(row, n, s, rng, max_new, min_new, on_done, on_error, cancelled)

    def sample_tokens(self, row: list[int], n: int, s: Sampling, rng: np.random.Generator) -> list[list[int]]:
        """The new tokens of ``n`` continuations of ``row``, each ending at its stop token (included)."""
        future: Future[list[list[int]]] = Future()
        group = self.group(row, n, s, rng, future.set_result, future.set_exception)
        if self.scheduler is None:
            raise GenerationError(f"the generator for {self.name} is closed")
        self.scheduler.submit(group)
        return future.result()

    def _post(self, prompt: str, prompt_ids: list[int], new: list[int]) -> str:
        """Prompt and continuation decoded together (no character split at the seam), then cut."""
        return post_from_decoded(prompt, self.tokens.decode(prompt_ids + new))

    # --- originality ----------------------------------------------------------------------------------

    def _copied(self, found: Copy, baseline: Copy) -> bool:
        """Copying a training post beyond what the prompt itself already copies."""
        assert self.index is not None
        return (found.exact or found.run >= self.index.n) and found > baseline

    def close(self) -> None:
        """Let the queued requests finish (a model swapped out by a retrain loses none), then unload."""
        with self._lock:
            scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.close()
        with self._lock:
            if self.backend is not None:
                self.backend.close()
                self.backend = None


class _Request:
    """One ``generate`` call in the loop: its first draw, then redraws of posts that copy a training post."""

    def __init__(
        self,
        gen: Generator,
        prompt: str,
        prompt_ids: list[int],
        row: list[int],
        n: int,
        s: Sampling,
        rng: np.random.Generator,
    ):
        self.gen, self.prompt, self.prompt_ids, self.row = gen, prompt, prompt_ids, row
        self.n, self.s, self.rng = n, s, rng
        self.future: Future[list[str]] = Future()
        self.future.new_tokens = 0  # type: ignore[attr-defined]
        self.posts: list[str] = []
        self.ranks: list[tuple[bool, Copy]] = []
        self.bad: list[int] = []
        self.retries = gen.originality_retries if s.do_sample else 0
        self.baseline = Copy(False, 0)

    def start(self, scheduler: Scheduler) -> None:
        self.scheduler = scheduler
        scheduler.submit(self._group(self.n, self._first))

    def _group(self, n: int, done: Callable[[list[list[int]]], None]) -> Group:
        return self.gen.group(self.row, n, self.s, self.rng, done, self.fail, self.future.cancelled)

    def fail(self, exc: BaseException) -> None:
        if not self.future.done():
            self.future.set_exception(exc)

    def _count(self, rows: list[list[int]]) -> None:
        self.future.new_tokens += sum(len(r) for r in rows)  # type: ignore[attr-defined]

    def _first(self, rows: list[list[int]]) -> None:
        self._count(rows)
        self.posts = [self.gen._post(self.prompt, self.prompt_ids, new) for new in rows]
        # The posts before any redraw: what the same seed gives with the originality filter off (eval's "off").
        self.future.first_draw = list(self.posts)  # type: ignore[attr-defined]
        index = self.gen.index
        if not (self.s.originality and index is not None):
            return self._resolve()
        self.baseline = index.check(self.prompt) if self.prompt else Copy(False, 0)
        self.ranks = [self._rank(p) for p in self.posts]
        self._redraw_or_resolve()

    def _rank(self, post: str) -> tuple[bool, Copy]:
        assert self.gen.index is not None
        found = self.gen.index.check(post)
        return self.gen._copied(found, self.baseline), found

    def _redraw_or_resolve(self) -> None:
        self.bad = [i for i, (copied, _) in enumerate(self.ranks) if copied]
        if not self.bad or self.retries <= 0:
            return self._resolve()
        self.retries -= 1
        # front: the request was admitted already; a draining scheduler (close) still takes it
        self.scheduler.submit(self._group(len(self.bad), self._redrawn), front=True)

    def _redrawn(self, rows: list[list[int]]) -> None:
        self._count(rows)
        for i, new in zip(self.bad, rows, strict=True):
            post = self.gen._post(self.prompt, self.prompt_ids, new)
            candidate = self._rank(post)
            if candidate < self.ranks[i]:
                self.posts[i], self.ranks[i] = post, candidate
        self._redraw_or_resolve()

    def _resolve(self) -> None:
        left = sum(copied for copied, _ in self.ranks)
        if left:
            logger.info(
                "%s: %d of %d posts still copy a training post; kept the least-copied",
                self.gen.name,
                left,
                len(self.posts),
            )
        if not self.future.done():
            self.future.set_result(self.posts)
