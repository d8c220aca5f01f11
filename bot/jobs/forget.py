"""Forgetting a handle across the job system and the files: ``/forget`` and ``imitate forget HANDLE``.

1. cancel every queued or running job of a model that includes the handle (the worker kills a running
   step; its publish re-checks the staging folder under the model's lock, so it cannot bring a deleted
   model back);
2. delete the files (:func:`trainer.forget.forget_files`: posts, models, checkpoints, W&B runs);
3. queue a retraining of each cyborg without the handle, when the other accounts' posts are on disk;
   otherwise the cyborg stays deleted.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from bot.jobs.store import Job, JobStore
from imitate.config import Config
from imitate.paths import model_handles, normalize_handle, tweets_path
from trainer.forget import ForgetResult, forget_files

logger = logging.getLogger(__name__)


@dataclass
class ForgetOutcome:
    files: ForgetResult
    cancelled: list[Job] = field(default_factory=list)
    retraining: list[Job] = field(default_factory=list)  # cyborgs queued again without the handle
    dropped: list[str] = field(default_factory=list)  # cyborgs deleted for good (no posts for the rest)

    def summary(self) -> str:
        parts = [self.files.summary(), f"{len(self.cancelled)} job(s) cancelled"]
        if self.retraining:
            parts.append("retraining without them: " + ", ".join(f"{j.handle} (job #{j.id})" for j in self.retraining))
        if self.dropped:
            parts.append("cyborgs deleted: " + ", ".join(self.dropped))
        return "; ".join(parts)


async def forget_handle(
    cfg: Config,
    store: JobStore,
    handle: str,
    *,
    requester_id: int,
    guild_id: int | None = None,
    channel_id: int | None = None,
) -> ForgetOutcome:
    """Cancel, delete, retrain: see the module docstring. ``requester_id`` owns the retraining jobs."""
    handle = normalize_handle(handle)
    cancelled: list[Job] = []
    for job in await store.active_jobs():
        if handle in model_handles(job.handle):
            done = await store.cancel(job.id, reason=f"{handle} asked to be forgotten")
            if done is not None:
                cancelled.append(done)
    files = await asyncio.to_thread(forget_files, cfg.data_dir, handle)
    outcome = ForgetOutcome(files, cancelled)
    for old, rest in files.cyborgs.items():
        if all(tweets_path(cfg.data_dir, h).is_file() for h in model_handles(rest)):
            job, _ = await store.enqueue(rest, requester_id, guild_id, channel_id)
            outcome.retraining.append(job)
        else:
            outcome.dropped.append(old)
    logger.info("forget %s: %s", handle, outcome.summary())
    return outcome
