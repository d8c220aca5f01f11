"""trainer.tracking: offline W&B runs land under data_dir with the artifacts huggingtweets logged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from imitate.config import WandbConfig, replace
from tests.conftest import tiny_config, write_posts
from trainer.posts import read_posts
from trainer.tracking import WANDB_FILE_DIRS, Tracker, offline_runs
from trainer.train import train

FAKE_KEY = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def wandb_env(tmp_path: Path, monkeypatch) -> Path:
    """wandb's own folders (staging, cache, settings) in the test's tmp dir; a fake key that must not leak."""
    for var, sub in (
        ("WANDB_DATA_DIR", "wb-data"),
        ("WANDB_CACHE_DIR", "wb-cache"),
        ("WANDB_CONFIG_DIR", "wb-config"),
        ("WANDB_ARTIFACT_DIR", "wb-artifacts"),
    ):
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.setenv("WANDB_API_KEY", FAKE_KEY)
    monkeypatch.delenv("WANDB_MODE", raising=False)
    data_dir = tmp_path / "data"
    write_posts(data_dir, "alice", 60)
    return data_dir


def _runs(data_dir: Path) -> list[dict]:
    return offline_runs(data_dir, flush=True)  # wandb's service writes the files out after finish()


def _by_job(runs):
    assert len(runs) == 2, runs
    return {run["job_type"]: run for run in runs}


def test_offline_training_logs_both_runs_and_every_artifact(wandb_env: Path):
    cfg = replace(tiny_config(wandb_env, max_steps=3), wandb=WandbConfig(mode="offline", project="imitate-test"))
    result = train(cfg, ["alice"])
    runs = _by_job(_runs(wandb_env))
    assert all(run["exit_code"] == 0 for run in runs.values())

    pre = runs["preprocess"]["artifacts"]
    assert pre["raw-dataset"]["type"] == "dataset" and set(pre["raw-dataset"]["entries"]) == {"alice.jsonl"}
    assert {"texts.jsonl", "data_table.table.json"} <= set(pre["train-dataset"]["entries"])

    run = runs["train"]
    config = run["config"]
    assert config["learning_rate"] == 1e-3 and config["block_size"] == 32 and config["handles"] == ["alice"]
    inputs = config["inputs"]  # offline: the lineage is recorded in the config
    assert inputs["preprocess_run"] and inputs["raw-dataset"] and inputs["train-dataset"]
    artifacts = run["artifacts"]
    assert set(artifacts["pretrained-model"]["entries"]) == {"description.json"}  # builtin: a description
    model_files = set(artifacts["finetuned-model"]["entries"])
    assert {"model.safetensors", "config.json", "stats.json", "README.md", "generation_config.json"} <= model_files
    assert any(name.endswith("samples") for name in artifacts)  # the table of sample generations
    assert {"train/loss", "val/loss", "val/perplexity"} <= run["history_keys"]
    assert result.model_dir.is_dir()

    # The key from the environment is nowhere in what W&B or training wrote.
    for path in wandb_env.rglob("*"):
        if path.is_file():
            assert FAKE_KEY.encode() not in path.read_bytes(), path


def test_hub_and_local_base_models_are_references(wandb_env: Path, tmp_path: Path):
    cfg = replace(tiny_config(wandb_env), wandb=WandbConfig(mode="offline", project="imitate-test"))
    with Tracker(cfg, "alice", ["alice"]) as tracker:
        tracker.start_training({"learning_rate": 1e-4}, "gpt2", {"kind": "hub"})
    local = tmp_path / "my-gpt2"
    local.mkdir()
    (local / "config.json").write_text("{}")
    with Tracker(cfg, "alice", ["alice"]) as tracker:
        tracker.start_training({"learning_rate": 1e-4}, str(local), {"kind": "local"})
    refs = [run["artifacts"]["pretrained-model"]["entries"] for run in _runs(wandb_env)]
    assert {"gpt2": "https://huggingface.co/gpt2"} in refs
    assert {"model/config.json": local.resolve().as_uri() + "/config.json"} in refs


def test_disabled_tracking_writes_nothing(tmp_path: Path):
    cfg = replace(tiny_config(tmp_path), wandb=WandbConfig(mode="disabled"))
    with Tracker(cfg, "alice", ["alice"]) as tracker:
        tracker.log_datasets([], [], {})
        tracker.start_training({}, "builtin", {"kind": "builtin"})
        tracker.log_metrics({"train/loss": 1.0}, step=1)
        tracker.log_samples("My dream is", ["My dream is x"])
        tracker.log_model(tmp_path, {})
    assert not tracker.enabled
    assert not (tmp_path / "wandb").exists()


def test_a_failed_job_marks_its_run_failed(wandb_env: Path):
    cfg = replace(tiny_config(wandb_env), wandb=WandbConfig(mode="offline", project="imitate-test"))
    with pytest.raises(RuntimeError), Tracker(cfg, "alice", ["alice"]) as tracker:
        tracker.start_training({}, "builtin", {"kind": "builtin"})
        raise RuntimeError("boom")
    (run,) = _runs(wandb_env)
    assert run["exit_code"] == 1


def test_sweep_config_and_overrides(tmp_path: Path):
    from trainer.sweep import parse_handles, sweep_config

    sweep = yaml.safe_load((Path(__file__).parents[1] / "trainer" / "sweep.yaml").read_text())
    assert sweep["metric"] == {"name": "val_loss", "goal": "minimize"}
    assert {"learning_rate", "epochs", "block_size", "batch_size"} <= set(sweep["parameters"])
    assert "trainer.sweep" in sweep["command"] and (Path(__file__).parents[1] / sweep["program"]).is_file()

    cfg = sweep_config(
        tiny_config(tmp_path), {"learning_rate": 3e-4, "epochs": 2, "block_size": 64, "batch_size": 2, "handles": "a,b"}
    )
    assert (cfg.train.learning_rate, cfg.train.epochs, cfg.train.block_size, cfg.train.batch_size) == (3e-4, 2.0, 64, 2)
    assert cfg.wandb.mode == "online"
    assert parse_handles("alice, bob") == ["alice", "bob"]


def test_wandbs_own_copies_stay_in_data_dir_and_forget_removes_them(tmp_path: Path, monkeypatch) -> None:
    """W&B stages a copy of every logged artifact (the posts store itself); by default that copy lands in
    ~/.local/share/wandb, out of `imitate forget`'s reach. The trainer keeps it under <data_dir>/wandb/."""
    from trainer.forget import forget_files

    for var in ("WANDB_DATA_DIR", "WANDB_CACHE_DIR", "WANDB_ARTIFACT_DIR", "WANDB_MODE", "WANDB_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("WANDB_CONFIG_DIR", str(tmp_path / "wb-config"))
    data_dir = tmp_path / "data"
    posts = write_posts(data_dir, "alice", 60)
    write_posts(data_dir, "bob", 60, seed=1)
    cfg = replace(tiny_config(data_dir), wandb=WandbConfig(mode="offline"))
    try:
        train(cfg, ["alice"])
        train(cfg, ["bob"])
    finally:
        for var in WANDB_FILE_DIRS:  # the Tracker set them for this process: keep the other tests' env clean
            os.environ.pop(var, None)
    text = posts[3].text.encode()

    def holding(root: Path, needle: bytes) -> list[Path]:
        return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]

    staged = holding(data_dir / "wandb" / "data", text)
    assert staged, "W&B staged no copy of the posts under data_dir/wandb/data"
    bob_text = read_posts(data_dir / "tweets" / "bob.jsonl")[3].text.encode()
    forget_files(data_dir, "alice")
    assert holding(data_dir, text) == []  # the store, the model, the runs and W&B's staged copies
    assert holding(data_dir / "wandb" / "data", bob_text)  # another account's copies stay
