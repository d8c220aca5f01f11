"""Continuous batching: one decode loop per loaded model, over every live sequence of every request.

A request is split into *groups*: the ``n`` continuations of one prompt (its first draw, then any
originality redraws). Groups wait in a FIFO queue; at each step boundary the loop admits the oldest
ones while the batch has room (``runtime.max_batch`` rows; a group larger than that runs alone),
prefills each at batch 1 and merges its rows into the batch's cache. Every step feeds one token per
live row; a row leaves at its stop token (or its length limit) and a group's callback runs as soon as
its own rows have ended, so a request gets its posts without waiting for the rest of the batch.

Rows of different lengths share one cache (the :class:`export.runtime.engines.Engine`'s: left-padded, or
one preallocated buffer of per-row slots: ONNX Runtime's on the CPU, :mod:`export.runtime.shared_cache`,
and the CUDA-graph engine's, :mod:`export.runtime.static_gpt2`): per-row lengths
give the attention and the position ids, so a row computes what it would alone. Sampling is per group:
each group draws, per step, one uniform number for each of its ``n`` rows from its request's own
``numpy.random.Generator`` (ended rows included, as in a batch of one request; then one more, in row
order, for each row whose first draw fell outside the nucleus; then, with a cut output layer, one more
for each row that drew the escape column, whose token is drawn from the rest of the layer), and each
row's token depends only on its logits and its numbers. So a seed gives the same posts whatever else
is in the batch. Groups with the same settings are drawn in one call. The cache holds at most
``max_batch`` rows of at most the context's positions.

A group whose caller has gone (``cancelled()``) is dropped at the next step. A group that fails (its
prefill raises) fails alone; a failing batched step fails the groups in it, and the queue goes on.
The loop runs in its own thread, started on demand and ended when there is no work; :meth:`close`
stops admitting new requests, lets the queued ones finish and waits for the thread.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from export.runtime.engines import Engine
from export.runtime.errors import GenerationError
from export.runtime.sampling import PARALLEL_PIECES, Sampling, draw_tokens
from export.runtime.vocabulary import ESCAPE, greedy
from imitate.config import RuntimeConfig

logger = logging.getLogger(__name__)


@dataclass(eq=False)
class Group:
    """``n`` continuations of ``row`` (prefix and prompt ids); ``on_done`` gets each one's new tokens."""

    row: list[int]
    n: int
    settings: Sampling
    rng: np.random.Generator
    max_new: int
    min_new: int
    on_done: Callable[[list[list[int]]], None]
    on_error: Callable[[BaseException], None]
    cancelled: Callable[[], bool] = lambda: False
    step: int = 0
    out: np.ndarray = field(init=False)
    lengths: np.ndarray = field(init=False)
    ended: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.out = np.zeros((self.n, self.max_new), np.int64)
        self.lengths = np.full(self.n, self.max_new)
        self.ended = np.zeros(self.n, bool)

    def results(self) -> list[list[int]]:
        return [self.out[r, : self.lengths[r]].tolist() for r in range(self.n)]


def _finish(group: Group) -> None:
    try:
        group.on_done(group.results())
    except Exception as exc:  # noqa: BLE001 - the request's own failure (e.g. decoding), not the loop's
        logger.exception("finishing a request failed")
        group.on_error(exc)


class Scheduler:
    """The decode loop of one engine; :meth:`submit` groups from any thread."""

    def __init__(
        self, backend: Engine, stop_ids: np.ndarray, eos: int, *, name: str, max_batch: int = RuntimeConfig.max_batch
    ):
        self.backend = backend
        self.stop_ids = stop_ids
        self.eos = eos
        self.name = name
        self.max_batch = max(1, max_batch)
        # The logits' columns: every token in order, or a cut output layer's kept tokens and its escape column.
        self.columns: np.ndarray | None = getattr(backend, "columns", None)
        if self.columns is None:
            self.stop_columns = stop_ids
        else:
            self.stop_columns = np.flatnonzero(np.isin(self.columns, stop_ids))
        self._queue: collections.deque[Group] = collections.deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self.steps = 0  # batched decode steps run (benchmarks, tests)
        self.peak_rows = 0  # the most rows decoded in one step

    # --- the caller's side ------------------------------------------------------------------------------

    def submit(self, group: Group, *, front: bool = False) -> None:
        """Queue ``group`` (``front``: a redraw of a request already admitted goes first)."""
        with self._cond:
            if self._closing and not front:
                raise GenerationError(f"the generator for {self.name} is closed")
            if front:
                self._queue.appendleft(group)
            else:
                self._queue.append(group)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=f"decode-{self.name}", daemon=True)
                self._thread.start()

    def close(self) -> None:
        """Refuse new requests, let the queued and running ones finish, wait for the loop's thread."""
        with self._cond:
            self._closing = True
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @property
    def closed(self) -> bool:
        return self._closing

    # --- the loop ----------------------------------------------------------------------------------------

    def _take(self, rows: int) -> list[Group]:
        """The oldest waiting groups that fit beside ``rows`` live rows (first in, first out)."""
        taken: list[Group] = []
        while self._queue:
            group = self._queue[0]
            if group.cancelled():
                self._queue.popleft()
                continue
            if rows and rows + group.n > self.max_batch:
                break
            taken.append(self._queue.popleft())
            rows += group.n
        return taken

    def _loop(self) -> None:
        pool = ThreadPoolExecutor(max_workers=PARALLEL_PIECES, thread_name_prefix=f"sample-{self.name}")
        try:
            _Batch(self, pool.map).run()
        except BaseException:  # noqa: BLE001 - never leave callers waiting on a dead loop
            logger.exception("the decode loop of %s stopped", self.name)
            with self._cond:
                waiting, self._queue = list(self._queue), collections.deque()
                self._retire()
            for group in waiting:
                group.on_error(GenerationError(f"the decode loop of {self.name} stopped"))
        finally:
            pool.shutdown()

    def _next(self, rows: int) -> list[Group] | None:
        """Groups to admit; None (and the thread ends) when nothing is running or waiting."""
        with self._cond:
            taken = self._take(rows)
            if not taken and not rows:
                self._retire()
                return None
            return taken

    def _retire(self) -> None:
        """The loop's thread is ending (called with the lock held, so no new loop can start meanwhile): the
        engine may let go of what it kept for the next batch."""
        self._thread = None
        self.backend.idle()

    def choose_many(
        self,
        logits: np.ndarray,
        picks: list[tuple[Group, np.ndarray, np.ndarray]],
        parallel: Callable[..., Any] = map,
        escape: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> list[np.ndarray]:
        """The next tokens of several groups: each pick is (group, its rows in ``logits``, which of the group's
        rows they are). Groups with the same sampling settings are drawn in one call (``parallel``: the loop's
        sampling threads' ``map``); each group still draws its ``n`` numbers a step from its own generator,
        so its tokens do not depend on the others. With a cut output layer, ``escape(rows of logits)`` gives
        the left-out tokens' logits of rows that drew the escape column, and their ids."""
        alike: dict[tuple[bool, float, int, float], list[int]] = {}
        for k, (g, _, _) in enumerate(picks):
            s = g.settings
            alike.setdefault((s.do_sample, s.temperature, s.top_k, s.top_p), []).append(k)
        chosen: list[np.ndarray] = [np.empty(0, np.int64)] * len(picks)
        for ks in alike.values():
            rows = np.concatenate([picks[k][1] for k in ks])
            masked = [k for k in ks if picks[k][0].step < picks[k][0].min_new]
            everything = not masked and len(rows) == len(logits) and bool((rows == np.arange(len(rows))).all())
            x = logits if everything else logits[rows]  # else a copy: the stop-token masks change it
            starts = np.cumsum([0] + [len(picks[k][1]) for k in ks])
            for k, start, end in zip(ks, starts[:-1], starts[1:], strict=True):
                if k in masked:
                    x[start:end, self.stop_columns[self.stop_columns < x.shape[1]]] = -np.inf
            settings = picks[ks[0]][0].settings
            if settings.do_sample:
                u = np.concatenate([picks[k][0].rng.random(picks[k][0].n)[picks[k][2]] for k in ks])
                owner = np.repeat(np.array([picks[k][0] for k in ks], dtype=object), np.diff(starts))

                def again(rows: np.ndarray, owner: np.ndarray = owner) -> np.ndarray:
                    return np.array([owner[r].rng.random() for r in rows])

                tokens = self._ids(draw_tokens(x, settings, u, again, parallel), rows, settings, again, escape)
            else:
                tokens = greedy(x, self.columns)
            for k, start, end in zip(ks, starts[:-1], starts[1:], strict=True):
                chosen[k] = tokens[start:end]
                self._record(picks[k][0], picks[k][2], chosen[k])
        return chosen

    def _ids(
        self,
        drawn: np.ndarray,
        rows: np.ndarray,
        settings: Sampling,
        again: Callable[[np.ndarray], np.ndarray],
        escape: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] | None,
    ) -> np.ndarray:
        """The token ids of the columns ``drawn`` by ``rows`` of the logits. A row that drew the escape column
        draws again among the tokens the cut left out (its numbers from its own generator, in row order)."""
        if self.columns is None:
            return drawn
        tokens = self.columns[drawn]
        escaped = np.flatnonzero(tokens == ESCAPE)
        if len(escaped):
            if escape is None:
                raise GenerationError("a row drew the escape column, but this loop cannot run the rest of the layer")
            others, ids = escape(rows[escaped])
            u = again(escaped)
            tokens[escaped] = ids[draw_tokens(others, settings, u, lambda r: again(escaped[r]))]
        return tokens

    def _record(self, g: Group, live: np.ndarray, chosen: np.ndarray) -> None:
        """Note ``g``'s rows ``live`` chose ``chosen``; mark the rows that end (a stop token, or the length)."""
        g.out[live, g.step] = chosen
        stopped = np.isin(chosen, self.stop_ids)
        g.lengths[live[stopped]] = g.step + 1
        g.step += 1
        if g.step == g.max_new:
            stopped[:] = True
        g.ended[live[stopped]] = True


class _Batch:
    """The live rows of a continuous loop: which group and row each is, their lengths, and the cache."""

    def __init__(self, scheduler: Scheduler, parallel: Callable[..., Any] = map):
        self.s = scheduler
        self.parallel = parallel
        self.backend: Any = scheduler.backend
        self.groups: list[Group] = []  # per batch row
        self.members: list[int] = []  # per batch row: its row within its group
        self.lengths = np.zeros(0, np.int64)  # per batch row: positions in the cache
        self.width = 0
        self.past: Any = None
        self.logits: np.ndarray | None = None

    def run(self) -> None:
        while (taken := self.s._next(len(self.groups))) is not None:
            self._drop_cancelled()
            fresh = [(g, *prefilled) for g in taken if (prefilled := self._prefill(g)) is not None]
            if not self.groups and not fresh:
                continue
            try:
                self._step(fresh)
            except Exception as exc:  # noqa: BLE001 - fails the groups in this step, not the loop
                logger.exception("a batched step of %s failed", self.s.name)
                for g in {*self.groups, *(f[0] for f in fresh)}:
                    g.on_error(exc)
                self._reset()

    def _prefill(self, g: Group) -> tuple[np.ndarray, Any] | None:
        try:
            return self.backend.prefill(g.row, total=len(g.row) + g.max_new)
        except Exception as exc:  # noqa: BLE001 - this request's failure only
            g.on_error(exc)
            return None

    def _reset(self) -> None:
        self.groups, self.members, self.lengths = [], [], np.zeros(0, np.int64)
        self.width, self.past, self.logits = 0, None, None

    def _drop_cancelled(self) -> None:
        gone = [i for i, g in enumerate(self.groups) if g.cancelled()]
        if gone:
            keep = _compacted([i not in gone for i in range(len(self.groups))])
            self._rebuild(keep, [])

    def _step(self, fresh: list[tuple[Group, np.ndarray, Any]]) -> None:
        """Choose every row's next token, let ended rows and finished groups go, feed the rest one step."""
        groups = self.groups + [g for g, _, _ in fresh for _ in range(g.n)]
        members = self.members + [m for g, _, _ in fresh for m in range(g.n)]
        logits = [self.logits] if self.logits is not None else []
        logits += [np.repeat(first, g.n, axis=0) for g, first, _ in fresh]
        every = np.concatenate(logits) if len(logits) > 1 else logits[0]
        tokens = np.empty(len(groups), np.int64)
        by_group: dict[Group, list[int]] = {}
        for i, g in enumerate(groups):
            by_group.setdefault(g, []).append(i)
        for group_rows in by_group.values():  # each group's rows in its own order (rows move in the batch)
            group_rows.sort(key=lambda i: members[i])
        picks = [(g, np.array(rows), np.array([members[i] for i in rows])) for g, rows in by_group.items()]

        def escape(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return self._escape(fresh, rows)

        chosen_all = self.s.choose_many(every, picks, self.parallel, escape)
        for (_, rows_of, _), chosen in zip(picks, chosen_all, strict=True):
            tokens[rows_of] = chosen
        keep_old = _compacted([not g.ended[m] for g, m in zip(self.groups, self.members, strict=True)]).tolist()
        keep_new = [[m for m in range(g.n) if not g.ended[m]] for g, _, _ in fresh]
        for g in by_group:
            if g.ended.all():
                _finish(g)
        if fresh or len(keep_old) < len(self.groups):
            offsets = np.cumsum([len(self.groups)] + [g.n for g, _, _ in fresh])  # where each fresh group starts
            feed = [np.array(keep_old, np.int64)] + [offsets[k] + np.array(m, np.int64) for k, m in enumerate(keep_new)]
            survivors = [(f, np.array(m, np.int64)) for f, m in zip(fresh, keep_new, strict=True)]
            self._rebuild(np.array(keep_old, np.int64), survivors)
            tokens = tokens[np.concatenate(feed).astype(np.int64)]
        if not self.groups:
            self._reset()
            return
        self.logits, self.past = self.backend.decode(tokens, self.lengths, self.width, self.past)
        self.width += 1
        self.lengths = self.lengths + 1
        self.s.steps += 1
        self.s.peak_rows = max(self.s.peak_rows, len(self.groups))

    def _escape(self, fresh: list[tuple[Group, np.ndarray, Any]], rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The left-out tokens' logits of ``rows`` (rows of this step's logits: the batch's, then each fresh
        group's ``n``), from the caches that made them: the batch's, or the fresh group's prefill."""
        ends = np.cumsum([len(self.groups)] + [g.n for g, _, _ in fresh])
        by_cache: dict[int, tuple[Any, list[int], list[int]]] = {}
        for k, r in enumerate(rows.tolist()):
            part = int(np.searchsorted(ends, r, side="right"))
            cache, row = (self.past, r) if part == 0 else (fresh[part - 1][2], 0)
            entry = by_cache.setdefault(id(cache), (cache, [], []))
            entry[1].append(row)
            entry[2].append(k)
        out: np.ndarray | None = None
        ids = np.zeros(0, np.int64)
        for cache, cache_rows, order in by_cache.values():
            logits, ids = self.backend.escape(cache, np.array(cache_rows, np.int64))
            if out is None:
                out = np.empty((len(rows), logits.shape[1]), np.float32)
            out[order] = logits
        assert out is not None
        return out, ids

    def _rebuild(self, keep: np.ndarray, fresh: list[tuple[tuple[Group, np.ndarray, Any], np.ndarray]]) -> None:
        """The batch of old rows ``keep`` and each fresh group's surviving rows, in one trimmed cache."""
        groups = [self.groups[i] for i in keep]
        members = [self.members[i] for i in keep]
        lengths = [self.lengths[keep]]
        parts: list[tuple[Any, np.ndarray, int]] = []
        if len(keep) and self.past is not None:
            parts.append((self.past, keep, self.width))
        for (g, _, past), rows in fresh:
            if not len(rows):
                continue
            groups += [g] * len(rows)
            members += rows.tolist()
            lengths.append(np.full(len(rows), len(g.row), np.int64))
            parts.append((past, np.zeros(len(rows), np.int64), len(g.row)))
        self.groups, self.members = groups, members
        self.lengths = np.concatenate(lengths).astype(np.int64)
        if not groups:
            self._reset()
            return
        self.width = int(self.lengths.max())
        self.past = self.backend.gather(parts, self.width)
        if self.logits is not None and len(keep) < len(self.logits):
            self.logits = self.logits[keep]


def _compacted(alive: list[bool]) -> np.ndarray:
    """The rows that stay, in their order in the smaller batch: each keeps its place, and the holes below
    the new size are filled from the rows above it, so a row leaving moves one row, not all after it."""
    order = np.flatnonzero(alive)
    size = len(order)
    holes = [i for i in range(size) if not alive[i]]
    above = [int(i) for i in order if i >= size]
    kept = np.arange(size)
    kept[holes] = above
    return kept.astype(np.int64)
