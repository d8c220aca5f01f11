"""Two processes writing one shared file: the posts store of a handle and a model folder (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.jobs.steps import config_to_toml
from imitate import modelfolder
from imitate.locks import LockBusyError, exclusive
from imitate.paths import InvalidHandleError, parse_model_name
from tests.conftest import hold_model_lock, tiny_config, write_posts
from trainer.posts import read_posts

ROOT = Path(__file__).resolve().parent.parent


def imitate(*args: str, config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-m", "imitate", "--config", str(config), "--log-level", "WARNING", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(config_to_toml(tiny_config(tmp_path / "data")), encoding="utf-8")
    return path


def jsonl_posts(path: Path, first_id: int, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(first_id, first_id + count):
            handle.write(json.dumps({"id": str(i), "text": f"post number {i} about bread and ovens"}) + "\n")
    return path


# --- the posts store ----------------------------------------------------------------------------------------


def test_two_fetches_into_one_handle_keep_every_post(tmp_path: Path) -> None:
    """Failure 1: both runs said "20000 new" and the store kept one file's posts. Now the second waits."""
    config = write_config(tmp_path)
    a = jsonl_posts(tmp_path / "a.jsonl", 1, 20_000)
    b = jsonl_posts(tmp_path / "b.jsonl", 100_001, 20_000)
    runs = [imitate("fetch", "alice", "--file", str(f), config=config) for f in (a, b)]
    results = [finish(p) for p in runs]
    assert [rc for rc, _, _ in results] == [0, 0], results
    stored = read_posts(tmp_path / "data" / "tweets" / "alice.jsonl")
    assert len(stored) == 40_000 and len({p.id for p in stored}) == 40_000
    assert sorted(int(out.split(", ")[1].split()[0]) for _, out, _ in results) == [20_000, 20_000]  # "N new"


# --- the model folder ---------------------------------------------------------------------------------------


@pytest.fixture
def trained(tmp_path: Path) -> tuple[Path, Path]:
    """A config and a data_dir with alice's posts and a published model of alice (the "good" one)."""
    config = write_config(tmp_path)
    write_posts(tmp_path / "data", "alice", 60)
    rc, _, err = finish(imitate("train", "alice", config=config))
    assert rc == 0, err
    return config, tmp_path / "data"


def _weights(folder: Path) -> bytes:
    return (folder / "model.safetensors").read_bytes()


@pytest.mark.slow
def test_two_trainings_of_one_model_keep_the_previous_good_one(trained: tuple[Path, Path]) -> None:
    """Failure 2: two ``imitate train`` at once left .previous holding the other run's output (the good
    model gone), and one resumed from the checkpoint the other was writing. Now the second is refused."""
    config, data = trained
    folder = modelfolder.model_dir(data, "alice")
    good = _weights(folder)
    runs = [imitate("train", "alice", config=config) for _ in range(2)]
    results = [finish(p) for p in runs]
    codes = sorted(rc for rc, _, _ in results)
    assert codes == [0, 1], results
    refused = next(err for rc, _, err in results if rc == 1).strip().splitlines()
    assert len(refused) == 1 and "model alice is busy" in refused[0] and "imitate train alice" in refused[0]
    assert _weights(modelfolder.previous_dir(folder)) == good  # the good model is kept for a rollback
    assert modelfolder.is_servable(folder) and not list((data / "checkpoints").glob("*"))


def test_train_export_and_rollback_refuse_a_model_being_written(trained: tuple[Path, Path]) -> None:
    config, data = trained
    folder = modelfolder.model_dir(data, "alice")
    before = _weights(folder)
    holder = hold_model_lock(folder, 60)
    try:
        for args in (("train", "alice"), ("export", "alice"), ("rollback", "alice")):
            started = time.monotonic()
            rc, _, err = finish(imitate(*args, config=config), timeout=60)
            lines = err.strip().splitlines()
            assert rc == 1 and len(lines) == 1, (args, err)
            assert "model alice is busy" in lines[0] and f"pid {holder.pid}" in lines[0], lines
            assert time.monotonic() - started < 30  # waits briefly, then gives up
    finally:
        holder.kill()
        holder.wait()
    assert _weights(folder) == before and not modelfolder.previous_dir(folder).exists()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    folder = tmp_path / "models" / "alice"
    holder = hold_model_lock(folder, 60)
    with pytest.raises(LockBusyError, match=f"pid {holder.pid}"):
        with modelfolder.lock(folder, wait=0.2):
            pass
    holder.kill()
    holder.wait()
    with modelfolder.lock(folder, wait=0):  # SIGKILL released it
        pass


def test_one_process_two_holders_exclude_each_other(tmp_path: Path) -> None:
    """flock belongs to the open file: the bot's worker publishing and /rollback in one process exclude."""
    lock_file = tmp_path / "x.lock"
    with exclusive(lock_file, "thing x"):
        with pytest.raises(LockBusyError, match="thing x is busy"):
            with exclusive(lock_file, "thing x", wait=0.1):
                pass


# --- one model name for any handle order ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["alice-bob", "bob-alice", "Alice-@Bob", "alice-alice-bob", "@bob + @alice", "bob, alice"]
)
def test_every_spelling_of_a_handle_set_is_one_model(text: str) -> None:
    assert parse_model_name(text) == "alice-bob"


@pytest.mark.parametrize("text", ["", " - ", "not a handle", "alice-b@b", "x" * 16])
def test_what_names_no_model_is_refused(text: str) -> None:
    with pytest.raises(InvalidHandleError):
        parse_model_name(text)


def test_rollback_of_another_spelling_acts_on_the_model(trained: tuple[Path, Path]) -> None:
    """Failure 4: ``imitate rollback bob-alice`` and ``/rollback bob-alice`` disagreed; both now mean alice-bob."""
    config, data = trained
    folder = modelfolder.model_dir(data, "alice")
    (data / "models" / "alice.previous").mkdir()
    rc, out, err = finish(imitate("rollback", "@Alice", config=config), timeout=60)
    assert rc == 0, err
    assert "alice:" in out and modelfolder.previous_dir(folder).is_dir() and (folder.exists())
