"""The retraining worker with a fast fake pipeline: publish, failure, timeout, cancel, shutdown, secrets."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.jobs.steps import config_to_toml
from bot.jobs.store import Job, JobState, SqliteJobStore
from bot.jobs.worker import (
    Worker,
    build_steps,
    failure_reason,
    staging_dir,
    worker_is_dead,
)
from imitate.config import Config, load_config
from imitate.modelfolder import model_dir
from tests.conftest import hold_model_lock
from tests.fakediscord.helpers import make_cfg, make_model

STEPS = "tests.fakediscord.fake_steps"
WAIT_SECONDS = 15.0  # the longest _wait_for waits for a condition


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    root = str(Path(__file__).resolve().parent.parent)
    monkeypatch.setenv("PYTHONPATH", root)
    for name in ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN", "FAKE_TRAIN_SECONDS", "FAKE_FAIL_STEP", "FAKE_PRINT_ENV"):
        monkeypatch.delenv(name, raising=False)


class Notes:
    """A notify callback that records progress texts and hands out message ids."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.message_ids: list[int | None] = []

    async def __call__(self, job: Job, text: str) -> int:
        self.texts.append(text)
        self.message_ids.append(job.message_id)
        return job.message_id or 555


async def start(tmp_path: Path, handle: str = "alice", **worker: object) -> tuple[Config, SqliteJobStore, Job]:
    cfg = make_cfg(tmp_path, worker=worker)
    store = SqliteJobStore(cfg.database_path)
    await store.open()
    job, _ = await store.enqueue(handle, 7, 1, 2)
    return cfg, store, job


def test_config_round_trips_through_the_job_file(tmp_path: Path) -> None:
    cfg = make_cfg(tmp_path, bot={"opt_out": ("someone",), "guilds": (5, 6)})
    path = tmp_path / "job.toml"
    path.write_text(config_to_toml(cfg), encoding="utf-8")
    again = load_config(path)
    assert again == cfg
    assert again.data_dir.is_absolute()


def test_steps_are_argument_lists_and_fetch_needs_a_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = make_cfg(tmp_path)
    job = Job(1, "alice-bob", JobState.RUNNING, 1, None, None, None, 0, None, None, 1, None, None, None, None, None)
    steps = build_steps(cfg, job, tmp_path / "c.toml", tmp_path / "s")
    assert [s.name for s in steps] == ["train", "export", "gate"]
    assert steps[0].argv[:3] == [sys.executable, "-m", "bot.jobs.steps"]
    assert steps[0].argv[-2:] == ["alice", "bob"] and steps[0].timeout == cfg.worker.train_timeout_seconds
    monkeypatch.setenv("X_BEARER_TOKEN", "secret-x-token")
    steps = build_steps(cfg, job, tmp_path / "c.toml", tmp_path / "s")
    assert [s.name for s in steps] == ["fetch", "train", "export", "gate"]
    assert all("secret-x-token" not in arg for s in steps for arg in s.argv)


def test_a_job_trains_exports_and_publishes_atomically(tmp_path: Path) -> None:
    published: list[str] = []

    async def scenario() -> None:
        cfg, store, job = await start(tmp_path)
        old = make_model(cfg.data_dir, "alice")
        (old / "marker").write_text("old")
        notes = Notes()
        worker = Worker(cfg, store, steps_module=STEPS, notify=notes, on_published=published.append)
        try:
            done = await worker.run_once()
        finally:
            await store.close()
        assert done is not None and done.state is JobState.DONE and done.attempts == 1, done
        assert done.message_id == 555 and done.log_tail and "exported fp32" in done.log_tail
        folder = model_dir(cfg.data_dir, "alice")
        assert (folder / "onnx" / "fp32" / "model.onnx").is_file() and not (folder / "marker").exists()
        assert (folder.with_name("alice.previous") / "marker").is_file()  # kept for a rollback
        assert not staging_dir(cfg.data_dir, "alice", job.id).exists()
        assert published == ["alice"]
        assert any("training" in t for t in notes.texts) and any("exporting" in t for t in notes.texts)
        assert "✅" in notes.texts[-1] and "perplexity 42.5" in notes.texts[-1]
        assert notes.message_ids[0] is None and set(notes.message_ids[1:]) == {555}  # one message, edited

    asyncio.run(scenario())


@pytest.mark.parametrize("step", ["train", "export"])
def test_a_failed_step_keeps_the_old_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    monkeypatch.setenv("FAKE_FAIL_STEP", step)

    async def scenario() -> None:
        cfg, store, job = await start(tmp_path)
        make_model(cfg.data_dir, "alice")
        (model_dir(cfg.data_dir, "alice") / "marker").write_text("old")
        notes = Notes()
        try:
            done = await Worker(cfg, store, steps_module=STEPS, notify=notes).run_once()
        finally:
            await store.close()
        assert done is not None and done.state is JobState.FAILED
        assert done.error == f"{step}: fake {step} failure: not enough posts"
        assert "Traceback" in (done.log_tail or "")
        assert (model_dir(cfg.data_dir, "alice") / "marker").is_file()
        assert not staging_dir(cfg.data_dir, "alice", job.id).exists()
        assert "❌" in notes.texts[-1] and "not enough posts" in notes.texts[-1] and "previous model" in notes.texts[-1]

    asyncio.run(scenario())


def test_a_step_over_its_time_limit_is_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_TRAIN_SECONDS", "30")

    async def scenario() -> None:
        cfg, store, _ = await start(tmp_path, train_timeout_seconds=1.0)
        try:
            done = await asyncio.wait_for(Worker(cfg, store, steps_module=STEPS).run_once(), 20)
        finally:
            await store.close()
        assert done is not None and done.state is JobState.FAILED
        assert "train: took longer than the 1 s limit" == done.error
        assert _step_pids(cfg, "train") and not any(_alive(p) for p in _step_pids(cfg, "train"))

    asyncio.run(scenario())


def test_cancelling_a_running_job_kills_its_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_TRAIN_SECONDS", "30")

    async def scenario() -> None:
        cfg, store, job = await start(tmp_path)
        notes = Notes()
        worker = Worker(cfg, store, steps_module=STEPS, notify=notes)
        run = asyncio.create_task(worker.run_once())
        await _wait_for(lambda: bool(_step_pids(cfg, "train")))
        await store.cancel(job.id, "cancelled by admin")
        worker.wake()
        done = await asyncio.wait_for(run, 15)
        await store.close()
        assert done is not None and done.state is JobState.CANCELLED and done.error == "cancelled by admin"
        assert not any(_alive(p) for p in _step_pids(cfg, "train"))
        assert "🛑" in notes.texts[-1]
        assert not (cfg.data_dir / "models" / "alice").exists()

    asyncio.run(scenario())


def test_stopping_the_worker_requeues_its_job_uncounted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_TRAIN_SECONDS", "30")

    async def scenario() -> None:
        cfg, store, job = await start(tmp_path)
        worker = Worker(cfg, store, steps_module=STEPS)
        run = asyncio.create_task(worker.run())
        await _wait_for(lambda: bool(_step_pids(cfg, "train")))
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        got = await store.get(job.id)
        await store.close()
        assert got is not None and got.state is JobState.QUEUED and got.attempts == 0
        assert not any(_alive(p) for p in _step_pids(cfg, "train"))

    asyncio.run(scenario())


def test_secrets_never_reach_the_job_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WANDB_API_KEY", "wandb-secret-123456")
    monkeypatch.setenv("DISCORD_TOKEN", "discord-secret-123456")
    monkeypatch.setenv("FAKE_PRINT_ENV", "WANDB_API_KEY")

    async def scenario() -> None:
        cfg, store, _ = await start(tmp_path)
        try:
            done = await Worker(cfg, store, steps_module=STEPS).run_once()
        finally:
            await store.close()
        assert done is not None and done.state is JobState.DONE
        assert "debug: WANDB_API_KEY=***" in (done.log_tail or "")
        raw = b"".join(p.read_bytes() for p in cfg.database_path.parent.glob(cfg.database_path.name + "*"))
        assert b"wandb-secret" not in raw and b"discord-secret" not in raw

    asyncio.run(scenario())


def test_worker_is_dead_only_for_gone_local_processes() -> None:
    import socket

    host = socket.gethostname()
    me = f"{host}:{os.getpid()}:aaaa"
    assert not worker_is_dead(me, me)
    assert worker_is_dead(f"{host}:{os.getpid()}:bbbb", me)  # an earlier process with our pid
    assert not worker_is_dead(f"{host}:{os.getppid()}:cccc", me)  # alive
    assert worker_is_dead(f"{host}:999999999:dddd", me)
    assert not worker_is_dead("other-host:1:eeee", me)  # another machine: wait for a stale heartbeat


def test_failure_reason_prefers_the_error_line() -> None:
    assert failure_reason(["step 1", "error: out of data", "bye"], 1) == "out of data"
    assert failure_reason(["step 1", "Killed", ""], 137) == "Killed"
    assert failure_reason([], 3) == "exit code 3"


# --- helpers -----------------------------------------------------------------------------------------


def _step_pids(cfg: Config, step: str) -> list[int]:
    log = cfg.data_dir / "fake_steps.log"
    if not log.is_file():
        return []
    return [int(line.split()[1]) for line in log.read_text().splitlines() if line.split()[0] == step]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie that is not reaped yet counts as gone
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


async def _wait_for(condition: Callable[[], bool]) -> None:
    """Poll ``condition`` every 50 ms, for ``WAIT_SECONDS`` at most."""
    deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


def test_a_job_does_not_publish_over_a_model_another_process_is_writing(tmp_path: Path) -> None:
    """Failure 2's other race: a /retrain job finishing while ``imitate train`` writes the same model. The
    job waits ``publish_wait_seconds`` for the model's lock, then fails naming the holder; nothing is lost."""

    async def scenario() -> None:
        cfg, store, job = await start(tmp_path, publish_wait_seconds=0.5)
        folder = make_model(cfg.data_dir, "alice")
        (folder / "marker").write_text("being trained by someone else")
        holder = hold_model_lock(folder, 60)
        try:
            done = await Worker(cfg, store, steps_module=STEPS).run_once()
        finally:
            holder.kill()
            holder.wait()
            await store.close()
        assert done is not None and done.state is JobState.FAILED
        assert done.error is not None and done.error.startswith("publish: model alice is busy")
        assert f"pid {holder.pid}" in done.error
        assert (folder / "marker").is_file() and not folder.with_name("alice.previous").exists()
        assert not staging_dir(cfg.data_dir, "alice", job.id).exists()

    asyncio.run(scenario())
