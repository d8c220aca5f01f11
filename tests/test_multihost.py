"""Workers on two "hosts" (network namespaces, tests/netns.py) sharing one PostgreSQL over TCP: each job
runs once; a worker SIGKILLed mid-job has its job finished by the other after the stale timeout, and every
model is published once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from bot.jobs.postgres import PostgresJobStore
from bot.jobs.steps import config_to_toml
from bot.jobs.store import Job, JobState
from imitate.config import replace
from imitate.modelfolder import model_dir, previous_dir
from tests import netns
from tests.fakediscord.helpers import make_cfg
from tests.pg import Cluster

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
HANDLES = ("alice", "bob", "carol")


async def _jobs(store: PostgresJobStore) -> dict[str, Job]:
    return {job.handle: job for job in await store.recent(10)}


# Polls jobs that worker processes in other namespaces change: no event to wait on.
async def _until(store: PostgresJobStore, condition, timeout: float, what: str) -> dict[str, Job]:  # noqa: ASYNC109
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        jobs = await _jobs(store)
        if condition(jobs):
            return jobs
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {jobs}")
        await asyncio.sleep(0.1)


def test_a_killed_hosts_job_is_finished_by_the_other_host(
    tmp_path: Path, postgres_cluster: Cluster, pg_database: str
) -> None:
    reason = netns.unavailable()
    if reason:
        pytest.skip(reason)
    dbname = conninfo_to_dict(pg_database)["dbname"]
    base = make_cfg(tmp_path, worker={"stale_seconds": 3.0, "heartbeat_seconds": 0.5, "poll_seconds": 5.0})
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PGPASSWORD": postgres_cluster.password, "FAKE_TRAIN_SECONDS": "4"}
    for name in ("DISCORD_TOKEN", "X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN"):
        env.pop(name, None)

    async def scenario(hosts: list[netns.Host]) -> None:
        procs: dict[str, subprocess.Popen[bytes]] = {}
        try:
            for host in hosts:  # the same data_dir: the shared model store every host mounts
                cfg = replace(base, worker=replace(base.worker, database=postgres_cluster.dsn(dbname, host.gateway)))
                config = tmp_path / f"{host.hostname}.toml"
                config.write_text(config_to_toml(cfg), encoding="utf-8")
                argv = [sys.executable, "-m", "tests.fakediscord.launch", "--config", str(config), "worker"]
                # Starting the worker processes blocks for milliseconds, before anything else runs in this loop.
                with open(tmp_path / f"{host.hostname}.log", "ab") as log:  # noqa: ASYNC230
                    procs[host.hostname] = subprocess.Popen(  # noqa: ASYNC220
                        host.command(argv), env=env, cwd=tmp_path, stdout=log, stderr=log, start_new_session=True
                    )
            async with PostgresJobStore(pg_database, listen=False) as store:
                for handle in HANDLES:
                    await store.enqueue(handle, 1, None, None)
                jobs = await _until(store, lambda j: j["alice"].step == "train", 60, "alice's training")
                victim = (jobs["alice"].worker_id or "").partition(":")[0]
                assert victim in procs, jobs["alice"]
                os.killpg(procs[victim].pid, signal.SIGKILL)  # the host dies: its worker and its steps
                procs.pop(victim).wait()
                jobs = await _until(
                    store, lambda j: all(x.state is JobState.DONE for x in j.values()), 120, "every job to finish"
                )
        finally:
            for proc in procs.values():
                proc.send_signal(signal.SIGTERM)
            for proc in procs.values():
                proc.wait(timeout=30)
        survivor = next(h.hostname for h in hosts if h.hostname != victim)
        assert jobs["alice"].attempts == 2 and (jobs["alice"].worker_id or "").startswith(survivor + ":")
        assert all(jobs[h].attempts == 1 for h in ("bob", "carol"))
        for handle in HANDLES:  # published once: a second publish would have left a .previous folder
            folder = model_dir(base.data_dir, handle)
            assert (folder / "onnx" / "fp32" / "model.onnx").is_file() and not previous_dir(folder).exists()
        steps = (base.data_dir / "fake_steps.log").read_text().split()
        assert steps.count("export") == 3 and steps.count("trained") == 3  # the killed run never finished

    with netns.hosts(2) as hosts:
        asyncio.run(scenario(hosts))
