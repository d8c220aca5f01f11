"""``imitate bot`` and ``imitate worker`` as commands: missing token, bad endpoints, the standalone worker."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from discord import gateway, http

from bot.endpoints import (
    DISCORD_API_BASE,
    DISCORD_GATEWAY,
    configure_endpoints,
    reset_endpoints,
)
from bot.errors import BotConfigError
from bot.fakediscord import FAKE_TOKEN
from bot.jobs.steps import config_to_toml
from bot.jobs.store import SqliteJobStore
from imitate.cli import main
from imitate.modelfolder import model_dir
from imitate.paths import tweets_path
from tests.fakediscord import FakeDiscord
from tests.fakediscord.helpers import make_cfg

ROOT = Path(__file__).resolve().parent.parent


def test_bot_without_a_token_prints_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["--data-dir", str(tmp_path), "bot"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imitate bot: error: DISCORD_TOKEN is not set")


def test_endpoints_are_patched_and_restored() -> None:
    try:
        configure_endpoints("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/gateway")
        assert http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert (
            http.Route("POST", "/webhooks/{webhook_id}/{webhook_token}", webhook_id=1, webhook_token="t").url
            == "http://127.0.0.1:9/api/v10/webhooks/1/t"
        )  # followups and interaction callbacks too
        assert str(gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gateway"
        with pytest.raises(BotConfigError, match="api_base"):
            configure_endpoints("ftp://x", "")
        with pytest.raises(BotConfigError, match="gateway_url"):
            configure_endpoints("", "http://not-a-websocket")
    finally:
        reset_endpoints()
    assert http.Route.BASE == DISCORD_API_BASE and gateway.DiscordWebSocket.DEFAULT_GATEWAY == DISCORD_GATEWAY


def test_standalone_worker_posts_progress_through_the_rest_api(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with FakeDiscord() as fake:
            cfg = make_cfg(tmp_path, fake)
            config = tmp_path / "config.toml"
            config.write_text(config_to_toml(cfg), encoding="utf-8")
            posts = tweets_path(cfg.data_dir, "alice")
            posts.parent.mkdir(parents=True)
            posts.write_text('{"id": "1", "text": "hi"}\n')
            async with SqliteJobStore(cfg.database_path) as store:
                await store.enqueue("alice", 5, fake.guild_id, fake.channel_id)
            env = {**os.environ, "DISCORD_TOKEN": FAKE_TOKEN, "PYTHONPATH": str(ROOT)}
            env.pop("X_BEARER_TOKEN", None)
            worker = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.fakediscord.launch",
                "--config",
                str(config),
                "worker",
                env=env,
                cwd=tmp_path,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                done = await fake.wait_for(lambda r: r.path.startswith("/channels/") and "✅" in r.content, timeout=30)
            finally:
                worker.send_signal(signal.SIGTERM)
                _, err = await asyncio.wait_for(worker.communicate(), 20)
            assert worker.returncode == 0, err.decode()
            assert done.method == "PATCH" and done.json["allowed_mentions"] == {"parse": []}
            assert fake.identifies == 0  # REST only, no gateway session
            assert (model_dir(cfg.data_dir, "alice") / "onnx" / "fp32" / "model.onnx").is_file()
            with sqlite3.connect(cfg.database_path) as conn:
                assert conn.execute("SELECT state FROM jobs").fetchone() == ("done",)

    asyncio.run(scenario())


# --- a damaged job database: one line and exit 1, never a hang ------------------------------------

DAMAGES = ("truncated", "junk")
OPEN_BOUND_S = 30  # the rule is 10 s; the bound only catches a hang on a busy machine


def damage_job_database(path: Path, how: str) -> None:
    """A real job database with some jobs in it, then truncated to half or overwritten with junk."""

    async def fill() -> None:
        async with SqliteJobStore(path) as store:
            for i in range(40):
                await store.enqueue(f"handle{i}", 1, None, None)

    asyncio.run(fill())
    if how == "truncated":
        os.truncate(path, path.stat().st_size // 2)
    else:
        path.write_bytes(b"this is not a database\n" * 500)


def _assert_one_line_naming(err: str, command: str, path: Path) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"imitate {command}: error: ") and str(path) in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("how", DAMAGES)
def test_worker_on_a_damaged_job_database_exits_with_one_line(tmp_path: Path, how: str) -> None:
    db = tmp_path / "imitate.db"
    damage_job_database(db, how)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISCORD_TOKEN", None)
    done = subprocess.run(  # a hang raises TimeoutExpired and fails the test
        [sys.executable, "-m", "imitate", "--data-dir", str(tmp_path), "--log-level", "WARNING", "worker"],
        check=False,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=OPEN_BOUND_S,
    )
    assert done.returncode == 1, done.stderr
    _assert_one_line_naming(done.stderr, "worker", db)


@pytest.mark.parametrize("how", DAMAGES)
def test_bot_on_a_damaged_job_database_exits_with_one_line(tmp_path: Path, how: str) -> None:
    db = make_cfg(tmp_path).database_path
    db.parent.mkdir(parents=True)
    damage_job_database(db, how)

    async def scenario() -> None:
        async with FakeDiscord() as fake:
            cfg = make_cfg(tmp_path, fake)
            config = tmp_path / "config.toml"
            config.write_text(config_to_toml(cfg), encoding="utf-8")
            env = {**os.environ, "DISCORD_TOKEN": FAKE_TOKEN, "PYTHONPATH": str(ROOT)}
            bot = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "imitate",
                "--config",
                str(config),
                "--log-level",
                "WARNING",
                "bot",
                env=env,
                cwd=tmp_path,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                _, err = await asyncio.wait_for(bot.communicate(), OPEN_BOUND_S)
            except TimeoutError:
                bot.kill()
                await bot.wait()
                pytest.fail("imitate bot hung on a damaged job database")
            assert bot.returncode == 1, err.decode()
            _assert_one_line_naming(err.decode(), "bot", db)

    asyncio.run(scenario())
