"""The retraining worker: claims jobs from the store and runs fetch, train and export as subprocesses.

It runs inside the bot (``[bot] run_worker``) or alone (``imitate worker``), sharing the job database.
For each job:

1. write the job's config to ``<data_dir>/jobs/<id>/config.toml`` (children get no Discord token);
2. ``fetch`` (only when an X bearer token is set; otherwise the posts already on disk are used), ``train``
   into ``<data_dir>/models/.staging/<name>-job<id>/``, ``export`` that folder: each
   ``python -m bot.jobs.steps ...`` with an argument list (never a shell), a time limit from ``[worker]`` and
   its output's tail kept in the job row (secrets masked);
3. check the staging folder and publish it as a whole (imitate.atomic.publish_dir): the old model serves
   until this rename, and the model cache loads the new one on the next request. The publish runs inside
   the store's ``publish_and_finish`` (on PostgreSQL: holding the job's row, marked done in the same
   transaction), so a job taken from this worker is not published, and a job is never published twice;
   the store then tells every bot process (``model_published``: NOTIFY on PostgreSQL).

While a step runs the worker beats ``heartbeat_at`` every ``heartbeat_seconds``; a heartbeat that finds
the job cancelled kills the step's process group. A worker that dies (even by SIGKILL) leaves a running
job whose heartbeat goes stale or whose process is gone; the next worker to look puts it back in the queue
(``attempts`` + 1; failed at ``max_attempts``) and it resumes in the same staging folder. Progress is
shown to the requester through ``notify`` (the bot edits one message in the channel it was asked from).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import shutil
import signal
import socket
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import bot as bot_package
from bot.jobs import gate
from bot.jobs.backends import open_store
from bot.jobs.steps import PARENT_ENV, X_TOKEN_ENV, config_to_toml, x_token_available
from bot.jobs.store import Job, JobState, JobStore
from imitate import modelfolder
from imitate.atomic import write_text_atomic
from imitate.config import Config
from imitate.locks import LockBusyError
from imitate.modelfolder import model_dir, staging_dir
from imitate.paths import handles_label, is_member_handle, model_handles, parse_model_name

if TYPE_CHECKING:
    from bot.jobs.schedule import Scheduler

logger = logging.getLogger(__name__)

SECRET_ENV = ("DISCORD_TOKEN", "WANDB_API_KEY", *X_TOKEN_ENV)
TAIL_LINES = 60
KILL_GRACE_SECONDS = 5.0
NOTIFY_TIMEOUT_SECONDS = 15.0
REASON_CHARS = 300
WORKER_RESTART_SECONDS = 5.0

Notify = Callable[[Job, str], Awaitable[int | None]]
Notifier = Callable[[], contextlib.AbstractAsyncContextManager[Notify | None]]
STEPS_MODULE = "bot.jobs.steps"  # run as ``python -m``; tests name a fake one


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def worker_is_dead(worker_id: str, me: str) -> bool:
    """True when ``worker_id`` names a process on this host that no longer runs (else: wait for staleness)."""
    host, _, rest = worker_id.partition(":")
    pid_text = rest.partition(":")[0]
    if worker_id == me or host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True  # an earlier process that had our pid: it is gone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def job_dir(data_dir: Path, job_id: int) -> Path:
    return Path(data_dir) / "jobs" / str(job_id)


@dataclass(frozen=True)
class Step:
    name: str
    argv: list[str]
    timeout: float


class StepFailed(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class JobCancelled(Exception):
    """The job was cancelled (or taken from this worker) while it ran."""


def build_steps(
    cfg: Config, job: Job, config_file: Path, staging: Path, steps_module: str = STEPS_MODULE
) -> list[Step]:
    base = [sys.executable, "-m", steps_module, "--config", str(config_file)]
    handles = model_handles(job.handle)
    steps = []
    x_handles = [h for h in handles if not is_member_handle(h)]  # members' messages come from Discord
    if x_token_available() and x_handles:
        steps.append(Step("fetch", [*base, "fetch", *x_handles], cfg.worker.fetch_timeout_seconds))
    steps.append(Step("train", [*base, "train", "--output", str(staging), *handles], cfg.worker.train_timeout_seconds))
    steps.append(
        Step("export", [*base, "export", "--model-dir", str(staging), job.handle], cfg.worker.export_timeout_seconds)
    )
    steps.append(
        Step("gate", [*base, "gate", "--model-dir", str(staging), job.handle], cfg.worker.export_timeout_seconds)
    )
    return steps


def child_env(step: Step) -> dict[str, str]:
    """The environment of a step: no Discord token; the X token only for fetch; the repo on the path."""
    env = dict(os.environ)
    env.pop("DISCORD_TOKEN", None)
    if step.name != "fetch":
        for name in X_TOKEN_ENV:
            env.pop(name, None)
    root = str(Path(bot_package.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env[PARENT_ENV] = str(os.getpid())
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def scrub(text: str) -> str:
    """Mask every secret from the environment that appears in ``text`` (log tails go into the database)."""
    for name in SECRET_ENV:
        value = os.environ.get(name, "")
        if len(value) >= 6:
            text = text.replace(value, "***")
    return text


def failure_reason(lines: list[str], returncode: int) -> str:
    for line in reversed(lines):
        if line.startswith("error:"):
            return line[len("error:") :].strip()[:REASON_CHARS]
    last = next((line for line in reversed(lines) if line.strip()), "")
    return (last.strip() or f"exit code {returncode}")[:REASON_CHARS]


class Worker:
    def __init__(
        self,
        cfg: Config,
        store: JobStore,
        *,
        notify: Notify | None = None,
        on_published: Callable[[str], None] | None = None,
        worker_id: str | None = None,
        steps_module: str = STEPS_MODULE,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.notify = notify
        self.on_published = on_published
        self.worker_id = worker_id or new_worker_id()
        self.steps_module = steps_module
        self._wake = asyncio.Event()
        self.current: Job | None = None
        self.stop_requested = False
        self.scheduler: Scheduler | None = None
        store.subscribe(on_queued=self.wake)  # PostgreSQL: a job queued on any host wakes us at once

    def wake(self) -> None:
        """A job was queued or cancelled: look now instead of at the next poll."""
        self._wake.set()

    def request_stop(self) -> None:
        """Stop after (or, while a step runs, instead of) the current work; the running job is requeued.

        Used together with cancelling the task: a flag cannot be lost the way a cancellation racing a
        finishing await can."""
        self.stop_requested = True
        self._wake.set()

    def _is_dead(self, worker_id: str) -> bool:
        return worker_is_dead(worker_id, self.worker_id)

    async def recover(self) -> None:
        for job in await self.store.recover_stale(
            self.cfg.worker.stale_seconds, self.cfg.worker.max_attempts, self._is_dead
        ):
            if job.state is JobState.FAILED:
                await self._progress(job, self._failed_text(job, job.error or "the worker stopped"))
            else:
                await self._progress(
                    job,
                    f"⏳ Retraining {handles_label(job.handle)} (job #{job.id}): "
                    "the worker stopped; the job is queued again.",
                )

    async def run(self) -> None:
        """Claim and run jobs until cancelled."""
        logger.info("worker %s: watching the job queue", self.worker_id)
        scheduler = self._start_scheduler()
        try:
            while not self.stop_requested:
                await self.recover()
                job = await self.store.claim(self.worker_id)
                if job is None:
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(self.cfg.worker.poll_seconds):
                            await self._wake.wait()
                    self._wake.clear()
                    continue
                await self.run_job(job)
        finally:
            if scheduler is not None:
                scheduler.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await scheduler

    def _start_scheduler(self) -> asyncio.Task[None] | None:
        """With ``[schedule] models``, try to be the one scheduler beside this worker's job loop."""
        if not self.cfg.schedule.models:
            return None
        from bot.jobs.schedule import Scheduler

        self.scheduler = Scheduler(
            self.cfg, self.store, on_queued=self.wake, retry_seconds=15 * self.cfg.worker.poll_seconds
        )
        return asyncio.create_task(self.scheduler.run(), name="retrain-schedule")

    async def run_once(self) -> Job | None:
        """Claim one job and run it (tests); None when the queue is empty."""
        await self.recover()
        job = await self.store.claim(self.worker_id)
        if job is None:
            return None
        await self.run_job(job)
        return await self.store.get(job.id)

    # --- one job --------------------------------------------------------------------------------------

    async def run_job(self, job: Job) -> None:
        self.current = job
        name = parse_model_name(job.handle)  # rows from before the one naming rule may differ
        started = time.monotonic()
        staging = staging_dir(self.cfg.data_dir, name, job.id)
        config_file = job_dir(self.cfg.data_dir, job.id) / "config.toml"
        write_text_atomic(config_file, config_to_toml(self.cfg))
        tail: collections.deque[str] = collections.deque(maxlen=TAIL_LINES)
        logger.info("job %d (%s): attempt %d", job.id, name, job.attempts)
        try:
            for step in build_steps(self.cfg, job, config_file, staging, self.steps_module):
                await self._progress(job, self._running_text(step.name))
                await self._run_step(step, tail)
            published = await self.store.publish_and_finish(
                job.id,
                self.worker_id,
                lambda: asyncio.to_thread(self._publish, staging, name),
                log_tail=scrub("\n".join(tail)),
            )
            if not published:
                raise JobCancelled()
            if self.on_published is not None:
                self.on_published(name)
            await self._announce(name)
        except asyncio.CancelledError:
            released = await self.store.release(job.id, self.worker_id)
            if released:
                await self._progress(
                    job,
                    f"⏸️ Retraining {handles_label(name)} (job #{job.id}) paused: "
                    "the worker is restarting; it will resume.",
                )
            raise
        except JobCancelled:
            now = await self.store.get(job.id)
            if now is not None and now.state is JobState.CANCELLED:
                self._cleanup(job, staging)
                await self._progress(
                    job,
                    f"🛑 Retraining {handles_label(name)} (job #{job.id}) was cancelled. "
                    "The previous model keeps serving.",
                )
            else:
                logger.warning("job %d (%s) was taken from this worker (heartbeat too late?)", job.id, name)
            return
        except StepFailed as exc:
            await self._finish(job, JobState.FAILED, error=str(exc), tail=tail)
            self._cleanup(job, staging)
            await self._progress(job, self._failed_text(job, f"{exc.step} failed: {exc.reason}"))
            return
        except Exception as exc:  # noqa: BLE001 - a bug here must fail the job, not the worker
            logger.exception("job %d (%s) crashed the worker's job runner", job.id, name)
            await self._finish(job, JobState.FAILED, error=f"internal error: {exc}", tail=tail)
            self._cleanup(job, staging)
            await self._progress(job, self._failed_text(job, "internal error (logged)"))
            return
        finally:
            self.current = None
        self._cleanup(job, staging)
        minutes = (time.monotonic() - started) / 60
        await self._progress(
            job,
            f"✅ Retrained {handles_label(name)} (job #{job.id}) in {minutes:.1f} min"
            f"{self._quality(name)}. `/imitate` now uses the new model.",
        )

    def _running_text(self, step: str) -> str:
        job = self.current
        assert job is not None
        doing = {
            "fetch": "fetching new posts",
            "train": "training",
            "export": "exporting to ONNX",
            "gate": "comparing it with the serving model",
        }[step]
        return (
            f"⚙️ Retraining {handles_label(job.handle)} (job #{job.id}, attempt "
            f"{job.attempts}/{self.cfg.worker.max_attempts}): {doing}…"
        )

    def _failed_text(self, job: Job, reason: str) -> str:
        return (
            f"❌ Retraining {handles_label(job.handle)} (job #{job.id}) failed: {reason[:REASON_CHARS]}. "
            "The previous model keeps serving."
        )

    def _quality(self, name: str) -> str:
        value = gate.fit(model_dir(self.cfg.data_dir, name))  # the published model's validation perplexity
        return f" (validation perplexity {value:.1f})" if value is not None else ""

    async def _announce(self, name: str) -> None:
        try:
            await self.store.model_published(name)
        except Exception:  # noqa: BLE001 - published and done: bots still see the new version on disk
            logger.warning("model %s: could not notify the other processes", name, exc_info=True)

    async def _finish(
        self, job: Job, state: JobState, *, error: str | None = None, tail: collections.deque[str]
    ) -> bool:
        return await self.store.finish(job.id, self.worker_id, state, error=error, log_tail=scrub("\n".join(tail)))

    def _publish(self, staging: Path, name: str) -> None:
        """Rename the checked staging folder into place, under the model's lock (blocking: run in a thread)."""
        target = model_dir(self.cfg.data_dir, name)
        try:
            with modelfolder.lock(target, wait=self.cfg.worker.publish_wait_seconds):
                # checked under the lock: a /forget that deleted the staging folder meanwhile wins
                if not modelfolder.is_servable(staging) or not modelfolder.published_variants(staging):
                    raise StepFailed("publish", f"the staging folder {staging.name} holds no complete exported model")
                refused = gate.refusal(staging, target, self.cfg.worker.perplexity_tolerance)
                if refused is not None:
                    kept = gate.keep_candidate(staging, self.cfg.data_dir)
                    raise StepFailed(
                        "quality gate",
                        f"{refused}; the old model keeps serving, the new one is "
                        f"kept in {kept.parent.name}/{kept.name}",
                    )
                modelfolder.publish(staging, target)
        except LockBusyError as exc:
            raise StepFailed("publish", str(exc)) from None
        logger.info("model %s: published", name)

    def _cleanup(self, job: Job, staging: Path) -> None:
        """Remove the job's staging folder (with its ``.previous`` and temporaries) and its work folder."""
        modelfolder.remove_staging(staging)
        shutil.rmtree(job_dir(self.cfg.data_dir, job.id), ignore_errors=True)

    async def _run_step(self, step: Step, tail: collections.deque[str]) -> None:
        job = self.current
        assert job is not None
        tail.append(f"$ {step.name}")
        proc = await asyncio.create_subprocess_exec(
            *step.argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=child_env(step),
            start_new_session=True,  # its own process group: killed as a whole
        )
        assert proc.stdout is not None
        reader = asyncio.create_task(_read_lines(proc.stdout, tail))
        waiter = asyncio.create_task(proc.wait())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + step.timeout
        try:
            while not waiter.done():
                poke = asyncio.create_task(self._wake.wait())
                timeout = max(0.0, min(self.cfg.worker.heartbeat_seconds, deadline - loop.time()))
                await asyncio.wait({waiter, poke}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                poke.cancel()
                self._wake.clear()
                if waiter.done():
                    break
                if self.stop_requested:
                    raise asyncio.CancelledError()  # shutting down: release the job (see run_job)
                if not await self.store.heartbeat(
                    job.id, self.worker_id, step=step.name, log_tail=scrub("\n".join(tail))
                ):
                    raise JobCancelled()
                if loop.time() >= deadline:
                    raise StepFailed(step.name, f"took longer than the {step.timeout:.0f} s limit")
        finally:
            if proc.returncode is None:
                await _kill(proc)
            waiter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        await self.store.heartbeat(job.id, self.worker_id, step=step.name, log_tail=scrub("\n".join(tail)))
        if proc.returncode != 0:
            raise StepFailed(step.name, scrub(failure_reason(list(tail), proc.returncode or 0)))

    async def _progress(self, job: Job, text: str) -> None:
        logger.info("job %d: %s", job.id, text)
        if self.notify is None or job.channel_id is None:
            return
        current = await self.store.get(job.id) or job
        try:
            async with asyncio.timeout(NOTIFY_TIMEOUT_SECONDS):
                message_id = await self.notify(current, text)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - a lost progress message must not fail the job
            logger.warning("job %d: could not post progress", job.id, exc_info=True)
            return
        if message_id is not None and message_id != current.message_id:
            await self.store.set_message_id(job.id, message_id)


async def _read_lines(stream: asyncio.StreamReader, tail: collections.deque[str]) -> None:
    while True:
        try:
            line = await stream.readline()
        except ValueError:  # a line over the stream limit: skip it
            continue
        if not line:
            return
        text = line.decode("utf-8", "replace").rstrip()
        if "\r" in text:  # progress bars: keep the last state
            text = text.rsplit("\r", 1)[-1]
        tail.append(text)


async def _kill(proc: asyncio.subprocess.Process) -> None:
    """SIGTERM the step's process group, SIGKILL it after a grace period, and reap it."""
    for sig, wait in ((signal.SIGTERM, KILL_GRACE_SECONDS), (signal.SIGKILL, None)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            await asyncio.wait_for(proc.wait(), timeout=wait)
            return
        except TimeoutError:
            continue


def run_worker_forever(cfg: Config, notifier: Notifier | None = None, steps_module: str = STEPS_MODULE) -> int:
    """``imitate worker``: run the worker alone until SIGINT/SIGTERM. ``notifier`` opens the progress
    channel (the bot's :func:`bot.progress.discord_notifier`); without one, progress goes to the log."""
    return asyncio.run(_worker_main(cfg, notifier, steps_module))


async def run_until_stopped(worker: Worker, restart_seconds: float = WORKER_RESTART_SECONDS) -> None:
    """``worker.run()``, restarted after an error (the database went away for longer than the store's
    reconnect budget) until it is asked to stop."""
    while not worker.stop_requested:
        try:
            await worker.run()
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - keep the worker alive through a database outage
            logger.exception("the retraining worker stopped; restarting in %.0f s", restart_seconds)
            await asyncio.sleep(restart_seconds)


async def _worker_main(cfg: Config, notifier: Notifier | None, steps_module: str) -> int:
    store = open_store(cfg)
    await store.open()
    try:
        async with notifier() if notifier is not None else contextlib.nullcontext() as notify:
            worker = Worker(cfg, store, notify=notify, steps_module=steps_module)
            task = asyncio.create_task(run_until_stopped(worker))

            def stop() -> None:
                worker.request_stop()
                task.cancel()

            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop)
            with contextlib.suppress(asyncio.CancelledError):
                await task
            logger.info("worker %s: stopped", worker.worker_id)
            return 0
    finally:
        await store.close()


__all__ = [
    "Step",
    "Worker",
    "build_steps",
    "run_until_stopped",
    "run_worker_forever",
    "staging_dir",
    "worker_is_dead",
    "x_token_available",
]
