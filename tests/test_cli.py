"""The CLI: global flags, config selection, and one-line errors with a non-zero exit."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest

from imitate.cli import build_parser, main
from tests.conftest import written


def test_help_lists_every_subcommand():
    help_text = build_parser().format_help()
    for command in ("fetch", "train", "generate", "export", "rollback", "demo", "bot", "worker"):
        assert command in help_text


def test_bad_config_is_one_line_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[train]\nepochs = -1\n")
    assert main(["--config", str(bad), "train", "someone"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "imitate train: error: train.epochs must be positive"


def test_env_selects_config(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "env.toml"
    bad.write_text("[wandb]\nmode = 'loud'\n")
    monkeypatch.setenv("IMITATE_CONFIG", str(bad))
    assert main(["train", "someone"]) == 1
    assert "wandb.mode" in capsys.readouterr().err


def test_training_without_posts_says_what_to_do(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "train", "nobody_here"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "imitate fetch" in err[0]


def test_invalid_handle_is_refused(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "train", "not a handle"]) == 1
    assert "not a valid X handle" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["imitate", "--help"], ["imitate", "fetch", "--help"]])
def test_console_entry_point_runs(argv):
    # `python -m imitate` is the same entry point as the installed `imitate` script.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            *argv,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "usage: imitate" in result.stdout


def test_rollback_swaps_the_previous_model_back(tmp_path, capsys):
    models = tmp_path / "models"
    for name, version in (("alice", "new"), ("alice.previous", "old")):
        (models / name / "onnx").mkdir(parents=True)
        (models / name / "version.txt").write_text(version)
    assert main(["--data-dir", str(tmp_path), "rollback", "@Alice"]) == 0
    assert "alice: the previous model is back in place" in capsys.readouterr().out
    assert (models / "alice" / "version.txt").read_text() == "old"
    assert (models / "alice.previous" / "version.txt").read_text() == "new"
    assert written(models) == ["alice", "alice.previous"]  # nothing aside
    assert main(["--data-dir", str(tmp_path), "rollback", "alice"]) == 0  # again: undone
    assert (models / "alice" / "version.txt").read_text() == "new"
    assert main(["--data-dir", str(tmp_path), "rollback", "bob"]) == 1
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(f"no earlier version of bob is kept ({models / 'bob.previous'} does not exist)")
    )


def _posts_file(path, first_id, count):
    path.write_text("".join(json.dumps({"id": str(i), "text": f"post number {i} about bread"}) + "\n"
                            for i in range(first_id, first_id + count)))  # fmt: skip
    return path


def test_fetch_on_a_full_disk_is_one_line_and_keeps_the_store(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    assert (
        main(["--data-dir", str(data), "fetch", "alice", "--file", str(_posts_file(tmp_path / "a.jsonl", 1, 5))]) == 0
    )
    store = data / "tweets" / "alice.jsonl"
    before = store.read_bytes()
    capsys.readouterr()

    def enospc(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", enospc)
    new = _posts_file(tmp_path / "b.jsonl", 100, 50)
    assert main(["--data-dir", str(data), "--log-level", "WARNING", "fetch", "alice", "--file", str(new)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imitate fetch: error: no space left") and str(store) in err[0]
    assert store.read_bytes() == before and written(store.parent) == ["alice.jsonl"]


@pytest.mark.parametrize("command", ["generate", "export"])
@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_model_name_is_one_line(tmp_path, capsys, monkeypatch, command, name):
    (tmp_path / "models" / "alice").mkdir(parents=True)  # models/ itself must not be taken for a model
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path), "--log-level", "WARNING", command, name]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"imitate {command}: error: a model name is needed: the handles joined by '-', e.g. alice or "
                   "alice-bob"]  # fmt: skip


def test_a_model_name_cannot_leave_the_models_folder(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "export", "../outside"]) == 1
    assert "not a model name: '../outside'" in capsys.readouterr().err


@pytest.mark.parametrize("typed", ["alice-not ok", "alice-b@b", "bob-al!ce"])
def test_rollback_quotes_the_whole_bad_name(tmp_path, capsys, typed):
    assert main(["--data-dir", str(tmp_path), "rollback", typed]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"imitate rollback: error: not a model name: {typed!r}: ")
