"""The operator's side of the job queue, for ``imitate retrain``, ``imitate jobs`` and ``imitate cancel``.

Typed functions over the store that ``[worker] database`` names (:func:`~bot.jobs.backends.open_store`): a job
queued here is the same job ``/retrain`` queues (same checks, same deduplication: the store's ``enqueue``
keys jobs by :func:`imitate.paths.parse_model_name`), and any worker sharing the store runs it.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict

from bot.jobs.backends import open_store
from bot.jobs.steps import x_token_available
from bot.jobs.store import Job, JobStore
from imitate.config import Config
from imitate.errors import UserError
from imitate.paths import handles_label, model_handles, parse_model_name, tweets_path

MAX_HANDLES = 3
OPERATOR_ID = 0  # requester_id of a job queued from the command line


class JobCommandError(UserError, ValueError):
    """A retrain or cancel request that cannot be done (opted out, no data, no such job)."""


def retrain_refusal(cfg: Config, name: str) -> str | None:
    """Why model ``name`` cannot be retrained (the same rules as ``/retrain``), or None."""
    if len(model_handles(name)) > MAX_HANDLES:
        return f"A model imitates at most {MAX_HANDLES} accounts."
    if any(h in cfg.bot.opt_out for h in model_handles(name)):
        return f"{handles_label(name)} has opted out of being imitated by this bot."
    missing = (
        [] if x_token_available() else [h for h in model_handles(name) if not tweets_path(cfg.data_dir, h).is_file()]
    )
    if missing:
        return (
            f"No posts of {', '.join('@' + h for h in missing)} on disk and no X API token configured: "
            "import an archive first (`imitate fetch HANDLE --archive ...`)."
        )
    return None


@asynccontextmanager
async def opened(cfg: Config) -> AsyncIterator[JobStore]:
    store = open_store(cfg)
    await store.open()
    try:
        yield store
    finally:
        await store.close()


async def queue_retrain(cfg: Config, handles: list[str]) -> tuple[Job, bool]:
    """Queue a retrain of the model of ``handles``; an active job for it is returned instead (False)."""
    name = parse_model_name("-".join(handles))
    refusal = retrain_refusal(cfg, name)
    if refusal:
        raise JobCommandError(refusal)
    async with opened(cfg) as store:
        return await store.enqueue(name, OPERATOR_ID, None, None)


async def list_jobs(cfg: Config, limit: int = 20) -> list[Job]:
    async with opened(cfg) as store:
        return await store.recent(limit)


async def cancel_job(cfg: Config, job_id: int) -> Job:
    async with opened(cfg) as store:
        job = await store.get(job_id)
        if job is None:
            raise JobCommandError(f"there is no job #{job_id}")
        if not job.state.active:
            raise JobCommandError(f"job #{job_id} is already {job.state.value}")
        cancelled = await store.cancel(job_id, reason=f"cancelled by the operator at {time.strftime('%Y-%m-%d %H:%M')}")
        if cancelled is None:
            now = await store.get(job_id)
            raise JobCommandError(f"job #{job_id} is already {now.state.value if now else 'gone'}")
        return cancelled


def job_table(jobs: list[Job]) -> str:
    """``imitate jobs``: one line per job with its state, attempts, worker and error."""
    if not jobs:
        return "no jobs"
    rows = [("ID", "MODEL", "STATE", "ATTEMPTS", "STEP", "WORKER", "ERROR")]
    for job in jobs:
        rows.append(
            (
                str(job.id),
                job.handle,
                job.state.value,
                str(job.attempts),
                job.step or "",
                job.worker_id or "",
                (job.error or "").replace("\n", " ")[:120],
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1] for row in rows
    ).rstrip()


def jobs_json(jobs: list[Job]) -> str:
    return json.dumps([{**asdict(job), "state": job.state.value} for job in jobs], ensure_ascii=False)
