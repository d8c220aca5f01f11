"""What only the PostgreSQL job store does: notifications, row-locked publishing, connection faults."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from bot.jobs.postgres import PostgresJobStore, StoreUnavailableError
from bot.jobs.store import JobState
from bot.jobs.worker import Worker
from imitate.modelfolder import model_dir
from tests.fakediscord.helpers import make_cfg
from tests.pg import Cluster, free_port

STEPS = "tests.fakediscord.fake_steps"


async def _until(condition, timeout: float = 20.0) -> None:  # noqa: ASYNC109 - polls state other processes change
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def test_notifications_reach_other_processes_stores(pg_database: str) -> None:
    async def scenario() -> None:
        queued: list[int] = []
        published: list[str] = []
        async with PostgresJobStore(pg_database) as listener, PostgresJobStore(pg_database, listen=False) as other:
            listener.subscribe(on_queued=lambda: queued.append(1), on_published=published.append)
            await asyncio.wait_for(listener.listening.wait(), 10)
            before = len(queued)
            await other.enqueue("alice", 1, None, None)
            await other.model_published("alice-bob")
            await _until(lambda: published == ["alice-bob"] and len(queued) > before)

    asyncio.run(scenario())


def test_an_idle_worker_wakes_on_a_job_queued_elsewhere(
    pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    cfg = make_cfg(tmp_path, worker={"database": pg_database, "poll_seconds": 3600.0})

    async def scenario() -> None:
        async with PostgresJobStore(pg_database) as store, PostgresJobStore(pg_database, listen=False) as bot:
            worker = Worker(cfg, store, steps_module=STEPS)
            task = asyncio.create_task(worker.run())
            await asyncio.wait_for(store.listening.wait(), 10)
            await asyncio.sleep(0.3)  # the worker is asleep for an hour now
            job, _ = await bot.enqueue("alice", 1, None, None)

            async def done() -> bool:
                got = await bot.get(job.id)
                return got is not None and got.state is JobState.DONE

            deadline = asyncio.get_running_loop().time() + 30
            while not await done():
                assert asyncio.get_running_loop().time() < deadline, "the worker did not wake"
                await asyncio.sleep(0.1)
            worker.request_stop()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert model_dir(cfg.data_dir, "alice").is_dir()

    asyncio.run(scenario())


def test_recovery_and_cancel_wait_for_a_job_being_published(pg_database: str) -> None:
    async def scenario_cancel() -> None:
        async with PostgresJobStore(pg_database) as worker, PostgresJobStore(pg_database) as other:
            job, _ = await worker.enqueue("bob", 1, None, None)
            await worker.claim("w1")
            inside, release = asyncio.Event(), asyncio.Event()

            async def publish() -> None:
                inside.set()
                await release.wait()

            publishing = asyncio.create_task(worker.publish_and_finish(job.id, "w1", publish))
            await inside.wait()
            assert await other.recover_stale(0.0, 3, lambda _w: True) == []  # the row is locked: skipped
            cancelling = asyncio.create_task(other.cancel(job.id))
            await asyncio.sleep(0.3)
            release.set()
            assert await publishing
            assert await cancelling is None  # it waited for the publish, then found the job done
            got = await other.get(job.id)
            assert got is not None and got.state is JobState.DONE

    asyncio.run(scenario_cancel())


def test_an_unreachable_server_is_one_line_naming_the_host() -> None:
    port = free_port()
    store = PostgresJobStore(f"postgresql://imitate@127.0.0.1:{port}/imitate")
    with pytest.raises(StoreUnavailableError) as caught:
        asyncio.run(store.open())
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "\n" not in message


def test_a_wrong_password_is_reported_without_it(
    postgres_cluster: Cluster, pg_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = conninfo_to_dict(pg_database)["dbname"]
    monkeypatch.setenv("PGPASSWORD", "not-the-password-42")
    store = PostgresJobStore(postgres_cluster.dsn(name, host="127.0.0.1"))
    with pytest.raises(StoreUnavailableError) as caught:
        asyncio.run(store.open())
    message = str(caught.value)
    assert "refused the login" in message and "not-the-password-42" not in message and "\n" not in message
    monkeypatch.setenv("PGPASSWORD", postgres_cluster.password)  # the right one, over TCP, works

    async def works() -> None:
        async with PostgresJobStore(postgres_cluster.dsn(name, host="127.0.0.1")) as ok:
            assert await ok.schema_version() >= 1

    asyncio.run(works())


def test_a_server_restart_mid_job_finishes_it_once(
    postgres_cluster: Cluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    monkeypatch.setenv("FAKE_TRAIN_SECONDS", "4")
    cfg = make_cfg(tmp_path, worker={"database": pg_database})
    log = cfg.data_dir / "fake_steps.log"

    async def scenario() -> None:
        async with PostgresJobStore(pg_database) as store:
            job, _ = await store.enqueue("alice", 1, None, None)
            run = asyncio.create_task(Worker(cfg, store, steps_module=STEPS).run_once())
            await _until(lambda: log.is_file() and "train" in log.read_text())
            await asyncio.to_thread(postgres_cluster.restart)
            done = await asyncio.wait_for(run, 60)
        assert done is not None and done.state is JobState.DONE and done.attempts == 1
        assert log.read_text().count("export ") == 1
        assert (model_dir(cfg.data_dir, "alice") / "onnx" / "fp32" / "model.onnx").is_file()

    asyncio.run(scenario())
