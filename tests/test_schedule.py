"""Continuous retraining: the schedule queues a retrain when enough posts are new (and not otherwise),
reports a model it cannot check once, does not re-fire after a restart, runs in exactly one worker
(in-process on both stores, and two worker processes of which one is killed), and the quality gate
refuses a worse model while the old one keeps serving."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.cogs.jobs import describe_job
from bot.jobs.backends import open_store
from bot.jobs.operator import job_table
from bot.jobs.schedule import Scheduler
from bot.jobs.steps import config_to_toml
from bot.jobs.store import JobState, JobStore
from bot.jobs.worker import Worker
from imitate.config import Config, replace
from imitate.modelfolder import model_dir, models_dir
from tests.conftest import write_posts
from tests.fakediscord.helpers import make_cfg, make_model

STEPS = "tests.fakediscord.fake_steps"
ROOT = Path(__file__).resolve().parent.parent
HOUR = 3600.0


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    for name in (
        "X_BEARER_TOKEN",
        "TWITTER_BEARER_TOKEN",
        "FAKE_TRAIN_SECONDS",
        "FAKE_FAIL_STEP",
        "FAKE_VAL_PERPLEXITY",
    ):
        monkeypatch.delenv(name, raising=False)


def scheduled(tmp_path: Path, *models: str, database: str = "", **schedule: object) -> Config:
    cfg = make_cfg(tmp_path, worker={"database": database})
    return replace(cfg, schedule=replace(cfg.schedule, models=models, **schedule))


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class FakeX:
    """Stands in for the X API fetch: each call leaves ``total`` posts of the handle stored (newer ones added)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[str] = []

    def __call__(self, cfg: Config, handle: str) -> None:
        self.calls.append(handle)
        write_posts(cfg.data_dir, handle, self.total)


def test_a_retrain_is_queued_once_enough_posts_are_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", "x-token-123456")
    cfg = scheduled(tmp_path, "alice", min_new_posts=50, every_hours=24)
    write_posts(cfg.data_dir, "alice", 100)

    async def scenario() -> None:
        async with open_store(cfg) as store:  # type: ignore[attr-defined]
            clock = Clock()
            x = FakeX(total=130)
            scheduler = Scheduler(cfg, store, fetcher=x, clock=clock)
            [first] = await scheduler.tick()  # the fetch brings 30 new posts, fewer than 50: nothing queued
            assert first.queued_job is None and first.state.pending_posts == 30, first
            assert await store.recent() == []
            clock.now += 23 * HOUR  # not due yet: no fetch at all
            assert await scheduler.tick() == [] and x.calls == ["alice"]
            clock.now += 2 * HOUR
            x.total = 155  # 25 more: 55 new since the last retrain
            [second] = await scheduler.tick()
            assert second.queued_job is not None and second.state.pending_posts == 0
            [job] = await store.recent()
            assert (job.handle, job.state, job.requester_id) == ("alice", JobState.QUEUED, 0)
            # a restarted worker finds the record: the same moment is not due again
            again = Scheduler(cfg, store, fetcher=x, clock=clock)
            assert await again.tick() == [] and len(await store.recent()) == 1

    asyncio.run(scenario())


def test_without_a_token_posts_that_reach_the_store_otherwise_count(tmp_path: Path) -> None:
    cfg = scheduled(tmp_path, "alice", min_new_posts=10, every_hours=1)
    write_posts(cfg.data_dir, "alice", 20)

    async def scenario() -> None:
        async with open_store(cfg) as store:  # type: ignore[attr-defined]
            clock = Clock()
            scheduler = Scheduler(cfg, store, clock=clock, fetcher=lambda c, h: pytest.fail("no token: no fetch"))
            await scheduler.tick()
            clock.now += HOUR
            write_posts(cfg.data_dir, "alice", 25)  # 5 new (an archive import)
            [check] = await scheduler.tick()
            assert check.queued_job is None and check.state.pending_posts == 5
            clock.now += HOUR
            write_posts(cfg.data_dir, "alice", 31)  # 6 more: 11
            [check] = await scheduler.tick()
            assert check.queued_job is not None

    asyncio.run(scenario())


def test_a_model_without_posts_or_token_is_reported_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cfg = scheduled(tmp_path, "nobody", every_hours=2)

    async def scenario() -> None:
        async with open_store(cfg) as store:  # type: ignore[attr-defined]
            clock = Clock()
            scheduler = Scheduler(cfg, store, clock=clock)
            with caplog.at_level(logging.WARNING, logger="bot.jobs.schedule"):
                [check] = await scheduler.tick()
                assert "No posts of @nobody" in (check.state.note or "")
                for _ in range(5):  # the loop ticks often: the model is not due again
                    assert await scheduler.tick() == []
                clock.now += 3 * HOUR
                [later] = await Scheduler(cfg, store, clock=clock).tick()  # due again, after a restart too
                assert later.state.note == check.state.note
            assert await store.recent() == []
        warnings = [r for r in caplog.records if "nobody" in r.getMessage()]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]

    asyncio.run(scenario())


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield "" if request.param == "sqlite" else request.getfixturevalue("pg_database")


def test_exactly_one_of_two_workers_runs_the_schedule(tmp_path: Path, database: str) -> None:
    cfg = scheduled(tmp_path, "alice", database=database)
    write_posts(cfg.data_dir, "alice", 20)

    async def until(condition: Callable[[], bool], what: str) -> None:
        for _ in range(1000):  # up to 20 s
            if condition():
                return
            await asyncio.sleep(0.02)
        pytest.fail(f"timed out waiting for {what}")

    async def scenario() -> None:
        stores: list[JobStore] = [open_store(cfg), open_store(cfg)]
        for store in stores:
            await store.open()
        schedulers = [Scheduler(cfg, store, tick_seconds=0.05, retry_seconds=0.1) for store in stores]
        tasks = [asyncio.create_task(s.run()) for s in schedulers]
        try:
            await until(lambda: any(s.ticks >= 5 for s in schedulers), "a scheduler to tick")
            running = [s for s in schedulers if s.ticks]
            assert len(running) == 1 and running[0].active
            idle = next(s for s in schedulers if s is not running[0])
            assert not idle.active and idle.ticks == 0  # it tried the lock for a while and stayed idle
            tasks[schedulers.index(running[0])].cancel()  # that worker stops: the other takes over
            await until(lambda: idle.ticks > 0, "the other worker to take over")
            assert idle.active
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for store in stores:
                await store.close()

    asyncio.run(scenario())


def test_two_worker_processes_one_scheduler_and_a_kill_hands_it_over(tmp_path: Path) -> None:
    cfg = scheduled(tmp_path, "alice")
    write_posts(cfg.data_dir, "alice", 20)
    config = tmp_path / "config.toml"
    config.write_text(config_to_toml(cfg), encoding="utf-8")
    logs = [tmp_path / "w0.log", tmp_path / "w1.log"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.fakediscord.launch", "--config", str(config), "worker"],
            cwd=tmp_path,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for log in logs
    ]
    marker = "this worker runs the retraining schedule"

    def runners() -> list[int]:
        return [i for i, log in enumerate(logs) if marker in log.read_text(errors="replace")]

    def wait_for(condition: Callable[[], object]) -> None:
        for _ in range(600):
            if condition():
                return
            subprocess.run(["sleep", "0.05"], check=True)
        pytest.fail(f"timed out; logs: {[log.read_text(errors='replace')[-800:] for log in logs]}")

    try:
        wait_for(lambda: runners() and all("watching the job queue" in log.read_text() for log in logs))
        [first] = runners()
        os.killpg(procs[first].pid, signal.SIGKILL)  # the kernel drops its flock
        procs[first].wait()
        wait_for(lambda: len(runners()) == 2)
        assert runners() == [0, 1]
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=30)


def test_the_gate_refuses_a_worse_model_and_the_old_keeps_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = make_cfg(tmp_path, worker={"perplexity_tolerance": 0.1})
    old = make_model(cfg.data_dir, "alice", onnx=True)
    (old / "stats.json").write_text('{"val_perplexity": 40.0}')
    (old / "marker").write_text("old")

    async def retrain(perplexity: str) -> tuple[JobState, str]:
        monkeypatch.setenv("FAKE_VAL_PERPLEXITY", perplexity)
        async with open_store(cfg) as store:  # type: ignore[attr-defined]
            await store.enqueue("alice", 7, 1, 2)
            done = await Worker(cfg, store, steps_module=STEPS).run_once()
            assert done is not None
            shown = describe_job(done, cfg.worker.max_attempts) + "\n" + job_table([done])
            return done.state, shown + "\n" + (done.error or "")

    state, shown = asyncio.run(retrain("45.0"))  # 12.5% worse than 40, tolerance 10%
    assert state is JobState.FAILED
    assert "refused" in shown and "45.00" in shown and "40.00" in shown, shown
    assert shown.count("refused") >= 3  # /jobs, imitate jobs and the job's error all say why
    assert (model_dir(cfg.data_dir, "alice") / "marker").read_text() == "old"  # the old model serves
    [candidate] = (models_dir(cfg.data_dir) / ".candidates").iterdir()
    assert (candidate / "stats.json").read_text().count("45.0") == 1  # kept aside, not served
    state, shown = asyncio.run(retrain("43.9"))  # within the tolerance: published
    assert state is JobState.DONE, shown
    assert not (model_dir(cfg.data_dir, "alice") / "marker").exists()


@pytest.mark.slow
def test_the_gate_step_scores_both_models_on_the_new_models_held_out_posts(tmp_path: Path) -> None:
    """The real gate step (imitate eval's fit figure): the serving model and the candidate are scored on
    the same held-out posts, so a model that learned nothing is refused and the trained one is accepted."""
    import shutil

    from bot.jobs import gate
    from bot.jobs.steps import gate_step
    from imitate import modelfolder
    from tests.conftest import save_tiny_model, tiny_config
    from trainer.train import train

    cfg = tiny_config(tmp_path / "data", epochs=3)
    write_posts(cfg.data_dir, "alice", 300)
    trained = train(cfg, ["alice"]).model_dir
    untrained = modelfolder.staging_dir(cfg.data_dir, "alice", 1)
    save_tiny_model(untrained, seed=5)
    for name in (modelfolder.DATA_SPLIT, modelfolder.STATS):
        shutil.copy(trained / name, untrained / name)

    assert "held-out perplexity" in gate_step(cfg, "alice", untrained)
    figures = modelfolder.read_stats(untrained)["gate"]
    assert figures["held_out_posts"] >= 20 and figures["perplexity"] > 2 * figures["serving_perplexity"]
    reason = gate.refusal(untrained, trained, tolerance=0.05)
    assert reason is not None and "on the same posts" in reason

    # A candidate as good as the serving model (the same weights) passes, on the same measured figure.
    candidate = modelfolder.staging_dir(cfg.data_dir, "alice", 2)
    shutil.copytree(trained, candidate)
    gate_step(cfg, "alice", candidate)
    same = gate.measured_on_the_same_posts(candidate)
    assert same is not None and same[0] == pytest.approx(same[1])
    assert gate.refusal(candidate, trained, tolerance=0.05) is None
