"""Crash safety: ``imitate bot`` killed with SIGKILL during a retrain, then started again, finishes the job."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from bot.fakediscord import FAKE_TOKEN
from bot.jobs.steps import config_to_toml
from imitate.modelfolder import model_dir
from imitate.paths import tweets_path
from tests.fakediscord import MANAGE_GUILD, FakeDiscord
from tests.fakediscord.helpers import make_cfg, make_model

ROOT = Path(__file__).resolve().parent.parent


def _train_pids(data_dir: Path) -> list[int]:
    log = data_dir / "fake_steps.log"
    lines = log.read_text().splitlines() if log.is_file() else []
    return [int(line.split()[1]) for line in lines if line.startswith("train ")]


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] in ("Z", "X")
    except FileNotFoundError:
        return True


async def _until(condition: Callable[[], object]) -> None:
    """Poll ``condition`` every 50 ms; the caller bounds the wait with ``asyncio.timeout``."""
    # ASYNC110: the state is in other processes and files, with no event to await, so poll
    while not condition():  # noqa: ASYNC110
        await asyncio.sleep(0.05)


def _job_row(db: Path) -> tuple[str, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT state, attempts FROM jobs WHERE id = 1").fetchone()


def test_sigkill_during_a_job_then_restart_finishes_it(tmp_path: Path) -> None:
    async def scenario(log: BinaryIO) -> None:
        async with FakeDiscord() as fake:
            cfg = make_cfg(tmp_path, fake, bot={"run_worker": True}, worker={"stale_seconds": 30.0})
            config = tmp_path / "config.toml"
            config.write_text(config_to_toml(cfg), encoding="utf-8")
            posts = tweets_path(cfg.data_dir, "alice")
            posts.parent.mkdir(parents=True)
            posts.write_text('{"id": "1", "text": "hi"}\n')
            old = make_model(cfg.data_dir, "alice", onnx=True)
            (old / "marker").write_text("old")
            env = {**os.environ, "DISCORD_TOKEN": FAKE_TOKEN, "PYTHONPATH": str(ROOT), "FAKE_TRAIN_SECONDS": "3"}
            env.pop("X_BEARER_TOKEN", None)

            async def start_bot() -> asyncio.subprocess.Process:
                return await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "tests.fakediscord.launch",
                    "--config",
                    str(config),
                    "bot",
                    env=env,
                    cwd=tmp_path,
                    stdout=log,
                    stderr=log,
                )

            first = await start_bot()
            try:
                await fake.wait_identified(1, timeout=30)
                async with asyncio.timeout(10):  # the command sync
                    await _until(lambda: str(fake.guild_id) in fake.commands)
                retrain = await fake.interact("retrain", {"handle": "alice"}, permissions=MANAGE_GUILD)
                reply = await fake.reply_to(retrain)
                assert "job **#1**" in reply.json["data"]["content"]
                async with asyncio.timeout(20):  # training to start
                    await _until(lambda: _train_pids(cfg.data_dir))
                await asyncio.sleep(0.5)
            finally:
                first.send_signal(signal.SIGKILL)
                await first.wait()
            [orphan] = _train_pids(cfg.data_dir)
            async with asyncio.timeout(5):  # the training step to die with its worker
                await _until(lambda: _gone(orphan))
            assert _job_row(cfg.database_path) == ("running", 1)  # the dead worker's claim is still there
            assert (model_dir(cfg.data_dir, "alice") / "marker").read_text() == "old"  # old model untouched

            second = await start_bot()
            try:
                done = await fake.wait_for(lambda r: r.path.startswith("/channels/") and "✅" in r.content, timeout=40)
                assert "job #1" in done.content
            finally:
                second.send_signal(signal.SIGTERM)
                assert await asyncio.wait_for(second.wait(), 20) == 0
            assert _job_row(cfg.database_path) == ("done", 2)
            pids = _train_pids(cfg.data_dir)
            assert len(pids) == 2 and pids[0] == orphan  # one retry, after the first run had died
            folder = model_dir(cfg.data_dir, "alice")
            assert (folder / "onnx" / "fp32" / "model.onnx").read_bytes() == b"onnx" and not (
                folder / "marker"
            ).exists()
            progress = [r for r in fake.requests if r.path.startswith(f"/channels/{fake.channel_id}/messages")]
            assert progress[0].method == "POST" and all(r.method == "PATCH" for r in progress[1:])  # one message
            assert any("attempt 2/3" in r.content for r in progress)

    with open(tmp_path / "bot.log", "ab") as log:  # the bots' output; opened before the event loop runs
        asyncio.run(scenario(log))
