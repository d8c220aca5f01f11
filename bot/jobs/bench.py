"""Job-store benchmark: jobs per minute through PostgreSQL with N workers, and the time to recover a killed
worker's job.

    python -m bot.jobs.bench [--database URL] [--workers 3] [--jobs 30] [--json bench-jobs.json]

Without ``--database`` a throwaway cluster is started (:mod:`bot.jobs.pgcluster`; needs Debian's
postgresql). Workers are separate processes running the fast fake steps (``--steps``, default
``tests.fakediscord.fake_steps``: no training, two subprocesses per job). Recovery: a worker is SIGKILLed
while its job trains; the figure is the time from the kill until another worker has claimed the job
again, and until it is done. As root each worker gets its own hostname (``unshare --uts``), so the
survivor cannot see that the dead one's process is gone and must wait for ``--stale-seconds``, as across
hosts; otherwise (one host) a dead worker's pid is noticed at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.jobs.postgres import PostgresJobStore
from bot.jobs.steps import config_to_toml
from bot.jobs.store import JobState
from imitate.config import Config, load_config, replace

DEFAULT_STEPS = "tests.fakediscord.fake_steps"


@dataclass(frozen=True)
class Setup:
    data_dir: Path
    database: str
    steps: str
    stale_seconds: float


def _config(setup: Setup, name: str) -> Path:
    cfg: Config = load_config(None, data_dir=str(setup.data_dir))
    worker = replace(
        cfg.worker, database=setup.database, poll_seconds=5.0, heartbeat_seconds=0.5, stale_seconds=setup.stale_seconds
    )
    cfg = replace(cfg, log_level="WARNING", worker=worker)
    path = setup.data_dir / f"{name}.toml"
    path.write_text(config_to_toml(cfg), encoding="utf-8")
    return path


def start_worker(setup: Setup, name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    argv = [
        sys.executable,
        "-m",
        "bot.jobs.bench",
        "worker",
        "--config",
        str(_config(setup, name)),
        "--steps",
        setup.steps,
    ]
    if os.geteuid() == 0 and shutil.which("unshare"):
        argv = ["unshare", "--uts", "sh", "-c", f'hostname {name} && exec "$@"', "sh", *argv]
    log = open(setup.data_dir / f"{name}.log", "ab")  # noqa: SIM115 - the child keeps it
    return subprocess.Popen(argv, env=env, stdout=log, stderr=log, start_new_session=True)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        proc.wait(timeout=30)


# It polls other processes' jobs through the store: there is no event to wait on (ASYNC109/110).
async def _wait_done(store: PostgresJobStore, ids: set[int], timeout: float) -> None:  # noqa: ASYNC109
    deadline = time.monotonic() + timeout
    while True:
        states = {job.id: job.state for job in await store.recent(len(ids) + 50)}
        if all(states.get(i) is JobState.DONE for i in ids):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"jobs not done after {timeout:.0f} s: {states}")
        await asyncio.sleep(0.05)


async def throughput(setup: Setup, workers: int, jobs: int, env: dict[str, str]) -> dict[str, float]:
    procs = [start_worker(setup, f"bench{i}", env) for i in range(workers)]
    try:
        async with PostgresJobStore(setup.database, listen=False) as store:
            await asyncio.sleep(3.0)  # let the workers start and go idle
            started = time.monotonic()
            ids = {(await store.enqueue(f"tp{i}", 1, None, None))[0].id for i in range(jobs)}
            await _wait_done(store, ids, 600)
            elapsed = time.monotonic() - started
    finally:
        stop(procs)
    return {"workers": workers, "jobs": jobs, "seconds": elapsed, "jobs_per_minute": jobs / elapsed * 60}


async def recovery(setup: Setup, env: dict[str, str]) -> dict[str, float]:
    env = {**env, "FAKE_TRAIN_SECONDS": "3"}
    procs = {name: start_worker(setup, name, env) for name in ("victim", "survivor")}
    try:
        async with PostgresJobStore(setup.database, listen=False) as store:
            await asyncio.sleep(3.0)
            job, _ = await store.enqueue("recover", 1, None, None)
            while (now := await store.get(job.id)) is None or now.step != "train":  # noqa: ASYNC110
                await asyncio.sleep(0.05)  # another process's job, polled
            owner = now.worker_id or ""  # host:pid:random; the host is the worker's name as root
            victim = procs.get(owner.partition(":")[0]) or next(p for p in procs.values() if f":{p.pid}:" in owner)
            killed = time.monotonic()
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
            while (now := await store.get(job.id)) is None or now.attempts < 2:  # noqa: ASYNC110
                await asyncio.sleep(0.05)  # another process's job, polled
            reclaimed = time.monotonic() - killed
            await _wait_done(store, {job.id}, 120)
            finished = time.monotonic() - killed
    finally:
        stop(list(procs.values()))
    return {"stale_seconds": setup.stale_seconds, "reclaimed_after_s": reclaimed, "done_after_s": finished}


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def run_bench(args: argparse.Namespace) -> dict[str, object]:
    from bot.jobs.pgcluster import start_cluster, stop_cluster

    root = Path(tempfile.mkdtemp(prefix="imitate-bench-"))
    cluster = None
    database = args.database
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path.cwd()), os.environ.get("PYTHONPATH")]))}
    for name in ("DISCORD_TOKEN", "X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN", "FAKE_TRAIN_SECONDS"):
        env.pop(name, None)
    try:
        if not database:
            cluster = start_cluster()
            database = cluster.dsn("postgres", host="127.0.0.1")
            env["PGPASSWORD"] = cluster.password
            os.environ["PGPASSWORD"] = cluster.password
        tp = Setup(root / "throughput", database, args.steps, args.stale_seconds)
        rc = Setup(root / "recovery", database, args.steps, args.stale_seconds)
        for setup in (tp, rc):
            setup.data_dir.mkdir(parents=True)
        result: dict[str, object] = {
            "cpu": _cpu_model(),
            "cpus": os.cpu_count(),
            "throughput": asyncio.run(throughput(tp, args.workers, args.jobs, env)),
            "recovery": asyncio.run(recovery(rc, env)),
            "separate_hostnames": os.geteuid() == 0 and shutil.which("unshare") is not None,
        }
    finally:
        if cluster is not None:
            stop_cluster(cluster)
        shutil.rmtree(root, ignore_errors=True)
    return result


def table(result: dict[str, object]) -> str:
    tp = result["throughput"]
    rc = result["recovery"]
    assert isinstance(tp, dict) and isinstance(rc, dict)
    return "\n".join(
        [
            f"CPU: {result['cpu']} ({result['cpus']} logical)",
            f"{'measure':<44} {'value':>10}",
            f"{'jobs per minute (' + str(tp['workers']) + ' workers, ' + str(tp['jobs']) + ' fake jobs)':<44} "
            f"{tp['jobs_per_minute']:>10.1f}",
            f"{'killed job claimed again after (s)':<44} {rc['reclaimed_after_s']:>10.2f}",
            f"{'killed job done after (s)':<44} {rc['done_after_s']:>10.2f}",
            f"{'stale_seconds':<44} {rc['stale_seconds']:>10.1f}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.jobs.bench", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    w = sub.add_parser("worker", help="(internal) one worker process")
    w.add_argument("--config", required=True)
    w.add_argument("--steps", default=DEFAULT_STEPS)
    parser.add_argument("--database", help="postgresql:// URL (default: a throwaway cluster)")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=30)
    parser.add_argument("--stale-seconds", type=float, default=5.0)
    parser.add_argument("--steps", default=DEFAULT_STEPS)
    parser.add_argument("--json", type=Path, default=Path("bench-jobs.json"))
    args = parser.parse_args(argv)
    if args.command == "worker":
        from bot.jobs.worker import run_worker_forever

        return run_worker_forever(load_config(args.config), None, args.steps)
    result = run_bench(args)
    print(table(result))
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
