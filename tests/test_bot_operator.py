"""``imitate retrain``, ``imitate jobs`` and ``imitate cancel`` on both job stores; PostgreSQL faults as
one-line errors from the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.jobs.steps import config_to_toml
from imitate.cli import main
from imitate.config import Config
from imitate.paths import tweets_path
from tests.fakediscord.helpers import make_cfg
from tests.pg import Cluster, free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> str:
    return "" if request.param == "sqlite" else str(request.getfixturevalue("pg_database"))


def _config(tmp_path: Path, database: str, posts: tuple[str, ...] = ("alice", "bob")) -> Path:
    cfg: Config = make_cfg(tmp_path, worker={"database": database})
    for handle in posts:
        path = tweets_path(cfg.data_dir, handle)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"id": "1", "text": "hi"}\n')
    config = tmp_path / "config.toml"
    config.write_text(config_to_toml(cfg), encoding="utf-8")
    return config


def _cli(config: Path, *args: str) -> int:
    return main(["--config", str(config), "--log-level", "WARNING", *args])


def test_retrain_jobs_cancel(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    config = _config(tmp_path, database)
    assert _cli(config, "retrain", "bob", "@Alice") == 0
    assert "queued job #1 to retrain alice-bob" in capsys.readouterr().out
    assert _cli(config, "retrain", "alice-bob") == 0  # the same model: the same job
    assert "alice-bob already has job #1 (queued)" in capsys.readouterr().out
    assert _cli(config, "jobs", "--json") == 0
    jobs = json.loads(capsys.readouterr().out)
    assert [(j["id"], j["handle"], j["state"], j["attempts"], j["worker_id"]) for j in jobs] == [
        (1, "alice-bob", "queued", 0, None)
    ]
    assert _cli(config, "cancel", "1") == 0
    assert "cancelled job #1" in capsys.readouterr().out
    assert _cli(config, "jobs") == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:4] == ["ID", "MODEL", "STATE", "ATTEMPTS"]
    assert table[1].split()[:4] == ["1", "alice-bob", "cancelled", "0"] and "cancelled by the operator" in table[1]
    assert _cli(config, "cancel", "1") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["imitate cancel: error: job #1 is already cancelled"]
    assert _cli(config, "retrain", "carol") == 1  # no posts, no token: refused like /retrain
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No posts of @carol on disk" in err[0]


def _run_cli(config: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "imitate", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


def test_an_unreachable_database_is_one_line_naming_the_host(tmp_path: Path) -> None:
    port = free_port()
    config = _config(tmp_path, f"postgresql://imitate@127.0.0.1:{port}/imitate")
    result = _run_cli(config, "jobs", env={})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach PostgreSQL at imitate@127.0.0.1:{port}/imitate" in lines[0], result.stderr


def test_wrong_credentials_are_one_line_without_the_password(tmp_path: Path, postgres_cluster: Cluster) -> None:
    config = _config(tmp_path, postgres_cluster.dsn("postgres", host="127.0.0.1"))
    result = _run_cli(config, "retrain", "alice", env={"PGPASSWORD": "hunter2-wrong-secret"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused the login" in lines[0], result.stderr
    assert "hunter2" not in result.stderr + result.stdout


def test_a_password_in_the_config_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[worker]\ndatabase = "postgresql://imitate:s3cret-pw@db:5432/imitate"\n')
    result = _run_cli(config, "jobs", env={})
    assert result.returncode == 1 and "must not hold a password" in result.stderr
    assert "s3cret-pw" not in result.stderr
