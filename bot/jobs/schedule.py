"""Continuous retraining: check each model of ``[schedule] models`` for new posts, queue a retrain when
``min_new_posts`` are new, every ``every_hours``.

Exactly one :class:`Scheduler` runs across all workers sharing a job store: it runs while holding
:func:`scheduler_lock` (a PostgreSQL session advisory lock, or on SQLite ``imitate.locks.exclusive`` on a
file under ``data_dir``); the other workers retry the lock every ``retry_seconds``, so one takes over
when the holder stops or dies (the kernel or the server drops its lock).

A check fetches posts newer than the newest stored one (``trainer.fetch.fetch``, which passes
``since_id``) when an X token is set; without one it counts the posts that reached the store otherwise
(an archive import, consenting members' collected messages). New posts add up in the store's
:class:`~bot.jobs.store.ScheduleState` until a retrain is queued, and ``checked_at`` there means a
restarted worker does not check again before ``every_hours`` have passed. A model that cannot be
checked (no posts and no token, opted out) is logged once with its reason and re-checked only at the
next due time, never in a tight loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.jobs.operator import retrain_refusal
from bot.jobs.steps import x_token_available
from bot.jobs.store import JobStore, ScheduleState
from imitate.config import Config
from imitate.locks import LockBusyError, exclusive
from imitate.paths import is_member_handle, model_handles, tweets_path

logger = logging.getLogger(__name__)

SCHEDULER_LOCK_KEY = 7_361_002  # pg_try_advisory_lock key of the one scheduler
SCHEDULER_LOCK_FILE = ".locks/scheduler.lock"  # under data_dir, on SQLite
SCHEDULER_ID = 0  # requester_id of a job the schedule queued (as the operator CLI's)
TICK_SECONDS = 60.0  # how often the scheduler looks for due models
RETRY_SECONDS = 30.0  # how often a worker without the lock tries to take it

Fetcher = Callable[[Config, str], None]  # fetch new posts of one X handle into its store


def fetch_new_posts(cfg: Config, handle: str) -> None:
    """The X API's posts newer than the newest stored one, merged into the store."""
    from trainer.fetch import fetch

    logger.info("schedule: %s", fetch(cfg, handle).summary())


def stored_posts(cfg: Config, handle: str) -> int:
    from trainer.posts import read_posts

    path = tweets_path(cfg.data_dir, handle)
    return len(read_posts(path)) if path.is_file() else 0


@dataclass(frozen=True)
class Check:
    """What one check of one model found: the new record, and the job it queued (if any)."""

    state: ScheduleState
    queued_job: int | None = None


@contextlib.asynccontextmanager
async def scheduler_lock(cfg: Config, store: JobStore) -> AsyncIterator[bool]:
    """Try to become the one scheduler; True while this process holds the lock."""
    if cfg.uses_postgres:
        from bot.jobs.postgres import PostgresJobStore

        assert isinstance(store, PostgresJobStore)
        async with store.advisory_lock(SCHEDULER_LOCK_KEY) as got:
            yield got
        return
    try:
        with exclusive(Path(cfg.data_dir) / SCHEDULER_LOCK_FILE, "the retraining schedule", wait=0):
            yield True
    except LockBusyError:
        yield False


class Scheduler:
    def __init__(
        self,
        cfg: Config,
        store: JobStore,
        *,
        fetcher: Fetcher = fetch_new_posts,
        clock: Callable[[], float] = time.time,
        tick_seconds: float = TICK_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
        on_queued: Callable[[], None] | None = None,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        self.tick_seconds = min(tick_seconds, cfg.schedule.every_hours * 3600)
        self.retry_seconds = retry_seconds
        self.on_queued = on_queued
        self.active = False  # holds the lock now
        self.ticks = 0

    async def run(self) -> None:
        """Become the scheduler when no other worker is, and check due models until cancelled."""
        while True:
            async with scheduler_lock(self.cfg, self.store) as got:
                if got:
                    logger.info(
                        "schedule: this worker runs the retraining schedule (%d model(s))",
                        len(self.cfg.schedule.models),
                    )
                    self.active = True
                    try:
                        while True:
                            await self.tick()
                            await asyncio.sleep(self.tick_seconds)
                    finally:
                        self.active = False
            await asyncio.sleep(self.retry_seconds)

    async def tick(self) -> list[Check]:
        """Check every due model once; a failure of one model is logged and does not stop the others."""
        self.ticks += 1
        checks = []
        for model in self.cfg.schedule.models:
            try:
                check = await self.check(model)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - one model's failure (X API down) must not stop the schedule
                logger.exception("schedule: checking %s failed; it is checked again next time", model)
                continue
            if check is not None:
                checks.append(check)
        return checks

    async def check(self, model: str) -> Check | None:
        """Check ``model`` if it is due: fetch, count the new posts, queue a retrain when enough are new."""
        now = self.clock()
        before = await self.store.schedule_state(model)
        if before is not None and now - before.checked_at < self.cfg.schedule.every_hours * 3600:
            return None
        refusal = retrain_refusal(self.cfg, model)
        if refusal is not None:
            return await self._cannot_check(model, before, now, refusal)
        handles = model_handles(model)
        if before is None:  # first check: the posts stored before this fetch are what the model knows
            before = ScheduleState(model, checked_at=now, posts_stored=await self._count(handles))
            logger.info("schedule: %s starts from %d stored post(s)", model, before.posts_stored)
        if x_token_available():
            for handle in handles:
                if not is_member_handle(handle):
                    await asyncio.to_thread(self.fetcher, self.cfg, handle)
        stored = await self._count(handles)
        pending = before.pending_posts + max(0, stored - before.posts_stored)
        state = replace(before, checked_at=now, posts_stored=stored, pending_posts=pending, note=None)
        if pending < self.cfg.schedule.min_new_posts:
            logger.info(
                "schedule: %s has %d new post(s), fewer than %d: no retrain",
                model,
                pending,
                self.cfg.schedule.min_new_posts,
            )
            await self.store.save_schedule_state(state)
            return Check(state)
        job, created = await self.store.enqueue(model, SCHEDULER_ID, None, None)
        state = replace(state, queued_at=now, pending_posts=0)
        await self.store.save_schedule_state(state)
        logger.info(
            "schedule: %s has %d new post(s): %s job #%d",
            model,
            pending,
            "queued" if created else "it already has",
            job.id,
        )
        if created and self.on_queued is not None:
            self.on_queued()
        return Check(state, job.id)

    async def _count(self, handles: list[str]) -> int:
        return sum([await asyncio.to_thread(stored_posts, self.cfg, handle) for handle in handles])

    async def _cannot_check(self, model: str, before: ScheduleState | None, now: float, reason: str) -> Check:
        if before is None or before.note != reason:
            logger.warning(
                "schedule: cannot retrain %s: %s (checked again in %.0f h)",
                model,
                reason,
                self.cfg.schedule.every_hours,
            )
        state = ScheduleState(
            model,
            checked_at=now,
            queued_at=before.queued_at if before else None,
            posts_stored=before.posts_stored if before else 0,
            pending_posts=before.pending_posts if before else 0,
            note=reason,
        )
        await self.store.save_schedule_state(state)
        return Check(state)
