"""trainer.train end to end on made-up posts with a tiny built-in model (a few seconds each)."""

from __future__ import annotations

import errno
import json
import logging
import math
import shutil
from pathlib import Path

import pytest
import torch

import trainer.train as train_module
from imitate.cli import main
from imitate.config import CleanConfig, TrainConfig, replace
from imitate.diskspace import DiskFullError
from imitate.errors import UserError
from imitate.hardware import cpu_has_native_bf16
from tests.conftest import tiny_config, write_posts, written
from trainer.clean import NotEnoughDataError
from trainer.model import BaseModelError
from trainer.posts import InputError
from trainer.train import train


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    write_posts(tmp_path, "alice", 60)
    write_posts(tmp_path, "bob", 30)
    return tmp_path


def test_train_writes_a_loadable_model_folder(data_dir: Path):
    result = train(tiny_config(data_dir), ["@Alice"])
    folder = data_dir / "models" / "alice"
    assert result.model_dir == folder
    for name in (
        "config.json",
        "model.safetensors",
        "generation_config.json",
        "tokenizer.json",
        "vocab.json",
        "merges.txt",
        "stats.json",
        "data_split.json",
        "README.md",
    ):
        assert (folder / name).is_file(), name

    stats = json.loads((folder / "stats.json").read_text())
    for key in (
        "name",
        "handles",
        "base_model",
        "data",
        "hyperparameters",
        "seed",
        "train_loss",
        "val_loss",
        "val_perplexity",
        "losses",
        "train_tokens",
        "steps",
        "duration_seconds",
        "device",
        "precision",
        "versions",
        "created_at",
    ):
        assert key in stats, key
    assert stats["name"] == "alice" and stats["handles"] == ["alice"]
    assert stats["data"]["alice"] == {
        "downloaded": 60,
        "retweets": 6,
        "short": 0,
        "kept": 54,
        "kept_chars": stats["data"]["alice"]["kept_chars"],
    }
    on_gpu = torch.cuda.is_available()  # device "auto": CUDA with bf16 autocast where there is one
    expected = ("cuda", "bf16") if on_gpu else ("cpu", "bf16" if cpu_has_native_bf16() else "fp32")
    assert (stats["device"], stats["precision"]) == expected
    assert stats["steps"] == len(stats["losses"]) > 0
    assert all(math.isfinite(loss) for _, loss in stats["losses"])
    assert math.isfinite(stats["val_loss"]) and stats["val_perplexity"] == pytest.approx(math.exp(stats["val_loss"]))
    assert stats["train_tokens"] > 0 and stats["train_tokens"] % 32 == 0
    assert stats["hyperparameters"]["block_size"] == 32 and stats["hyperparameters"]["learning_rate"] == 1e-3

    split = json.loads((folder / "data_split.json").read_text())
    train_ids, val_ids = set(split["train_ids"]["alice"]), set(split["val_ids"]["alice"])
    assert train_ids and val_ids and not train_ids & val_ids and len(train_ids | val_ids) == 54
    assert "sourdough" not in (folder / "data_split.json").read_text()  # ids only, never text

    gen = json.loads((folder / "generation_config.json").read_text())
    assert gen["do_sample"] is True and gen["top_p"] == 0.95 and gen["temperature"] == 1.0
    assert (gen["max_length"], gen["min_length"], gen["prefix"]) == (24, 2, "<|endoftext|>")
    assert "@alice bot" in (folder / "README.md").read_text()
    assert "| Tweets kept | 54 |" in result.summary() and str(folder) in result.summary()

    from transformers import pipeline

    generator = pipeline("text-generation", model=str(folder))
    out = generator("My dream is", num_return_sequences=2, max_new_tokens=5)
    assert len(out) == 2 and all(o["generated_text"].startswith("My dream is") for o in out)

    # Nothing temporary is left, and the finished run's checkpoint is gone.
    assert written(data_dir / "models") == ["alice"]
    assert not (data_dir / "checkpoints" / "alice").exists()


def test_retraining_replaces_the_folder_and_keeps_the_previous(data_dir: Path):
    cfg = tiny_config(data_dir, max_steps=2)
    train(cfg, ["alice"])
    first = json.loads((data_dir / "models" / "alice" / "stats.json").read_text())["created_at"]
    (data_dir / "models" / "alice" / "marker").write_text("old")
    train(replace(cfg, train=replace(cfg.train, seed=7)), ["alice"])
    assert (data_dir / "models" / "alice.previous" / "marker").read_text() == "old"
    assert not (data_dir / "models" / "alice" / "marker").exists()
    assert json.loads((data_dir / "models" / "alice" / "stats.json").read_text())["seed"] == 7
    assert first
    assert written(data_dir / "models") == ["alice", "alice.previous"]


def test_a_failed_write_leaves_the_previous_model_untouched(data_dir: Path, monkeypatch):
    cfg = tiny_config(data_dir, max_steps=2)
    train(cfg, ["alice"])
    before = (data_dir / "models" / "alice" / "model.safetensors").read_bytes()

    def broken(folder, stats, model_ref=None):
        raise OSError("disk full")

    monkeypatch.setattr("trainer.card.write_model_card", broken)
    with pytest.raises(OSError, match="disk full"):
        train(replace(cfg, train=replace(cfg.train, seed=3)), ["alice"])
    assert (data_dir / "models" / "alice" / "model.safetensors").read_bytes() == before
    assert written(data_dir / "models") == ["alice"]


class Interrupted(Exception):
    pass


def _interrupt_after(monkeypatch, steps: int) -> None:
    real = train_module.optimizer_step
    calls = {"n": 0}

    def step(job):
        if calls["n"] == steps:
            raise Interrupted
        calls["n"] += 1
        real(job)

    monkeypatch.setattr(train_module, "optimizer_step", step)


def test_an_interrupted_run_resumes_from_its_checkpoint(data_dir: Path, monkeypatch, caplog, tmp_path_factory):
    cfg = tiny_config(data_dir, epochs=2, checkpoint_every=4)  # 2 epochs of 5 steps
    reference = train(replace(cfg, data_dir=_copy_tweets(data_dir, tmp_path_factory.mktemp("ref"))), ["alice"])
    assert reference.stats["steps"] == 10

    _interrupt_after(monkeypatch, 6)  # checkpoints at steps 4 and 5 (end of epoch 1): dies in step 7
    with pytest.raises(Interrupted):
        train(cfg, ["alice"])
    assert not (data_dir / "models" / "alice").exists()
    assert (data_dir / "checkpoints" / "alice" / "state.pt").is_file()

    monkeypatch.undo()
    with caplog.at_level(logging.INFO, logger="trainer.train"):
        resumed = train(cfg, ["alice"])
    assert "resuming from the checkpoint at step 5" in caplog.text
    assert resumed.stats["steps"] == 10
    assert [s for s, _ in resumed.stats["losses"]] == list(range(1, 11))
    # The same data order, weights, optimizer and random state: the same losses as the uninterrupted run.
    ours = [loss for _, loss in resumed.stats["losses"]]
    theirs = [loss for _, loss in reference.stats["losses"]]
    assert ours == pytest.approx(theirs, rel=1e-4)
    assert resumed.stats["val_loss"] == pytest.approx(reference.stats["val_loss"], rel=1e-4)
    assert not (data_dir / "checkpoints" / "alice").exists()


def test_a_checkpoint_of_another_run_is_not_resumed(data_dir: Path, monkeypatch, caplog):
    cfg = tiny_config(data_dir, checkpoint_every=2)
    _interrupt_after(monkeypatch, 3)
    with pytest.raises(Interrupted):
        train(cfg, ["alice"])
    monkeypatch.undo()
    changed = replace(cfg, train=replace(cfg.train, learning_rate=5e-4))
    with caplog.at_level(logging.INFO, logger="trainer.train"):
        result = train(changed, ["alice"])
    assert "from a different run" in caplog.text and "resuming" not in caplog.text
    assert result.stats["steps"] == 5

    _interrupt_after(monkeypatch, 3)
    with pytest.raises(Interrupted):
        train(cfg, ["alice"])
    monkeypatch.undo()
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="trainer.train"):
        train(cfg, ["alice"], resume=False)
    assert "resume off" in caplog.text and "resuming" not in caplog.text


def test_cyborg_two_handles(data_dir: Path):
    result = train(tiny_config(data_dir, max_steps=3), ["bob", "Alice"])
    folder = data_dir / "models" / "alice-bob"
    assert result.model_dir == folder
    stats = json.loads((folder / "stats.json").read_text())
    assert stats["handles"] == ["alice", "bob"] and set(stats["data"]) == {"alice", "bob"}
    split = json.loads((folder / "data_split.json").read_text())
    assert set(split["train_ids"]) == set(split["val_ids"]) == {"alice", "bob"}
    assert "| Data | @alice | @bob |" in result.summary()
    assert "@alice and @bob bot" in (folder / "README.md").read_text()


def test_balance_repeats_the_smaller_handle(data_dir: Path):
    results = train_module.load_clean_data(tiny_config(data_dir), ["alice", "bob"])
    split = train_module.split_data(results, 0.1, 42)
    keys = train_module.balance(split.train_keys(), 42, 0)
    per_handle = {h: sum(k.startswith(h + "/") for k in keys) for h in ("alice", "bob")}
    assert per_handle["alice"] == per_handle["bob"] == len(split.train_ids["alice"])


def test_refuses_too_little_data(data_dir: Path):
    cfg = replace(tiny_config(data_dir), clean=CleanConfig())  # 6,000 characters needed
    with pytest.raises(NotEnoughDataError, match="alice"):
        train(cfg, ["alice"])
    assert written(data_dir / "models") == []


def test_handle_errors(data_dir: Path):
    with pytest.raises(InputError, match="at most 3"):
        train(tiny_config(data_dir), ["a", "b", "c", "d"])
    with pytest.raises(InputError, match="fetch"):
        train(tiny_config(data_dir), ["nobody"])
    with pytest.raises(ValueError, match="handle"):
        train(tiny_config(data_dir), ["not a handle!"])


def test_output_dir_and_max_steps(data_dir: Path, tmp_path: Path):
    out = tmp_path / "elsewhere" / "trial"
    result = train(tiny_config(data_dir, max_steps=2, epochs=3), ["alice"], output_dir=out)
    assert result.model_dir == out and (out / "model.safetensors").is_file()
    assert result.stats["steps"] == 2 and result.stats["hyperparameters"]["total_steps"] == 2
    assert len(result.stats["val_losses"]) == 1  # validated once, at the stop inside epoch 1
    assert str(out.resolve()) in (out / "README.md").read_text()


def _copy_tweets(src: Path, dst: Path) -> Path:
    (dst / "tweets").mkdir(parents=True)
    for path in (src / "tweets").glob("*.jsonl"):
        (dst / "tweets" / path.name).write_bytes(path.read_bytes())
    return dst


# --- base models that cannot be trained: one line, before any training ----------------------------


@pytest.mark.parametrize("missing", ["/nonexistent/gpt2-folder", "./not/here/either", "~/no-such-model-dir"])
def test_a_missing_base_model_folder_is_one_line(data_dir: Path, tmp_path: Path, capsys, missing: str):
    config = tmp_path / "missing.toml"
    config.write_text(
        f'data_dir = "{data_dir}"\nlog_level = "WARNING"\n[clean]\nrefuse_below_chars = 500\n'
        f'warn_below_chars = 1000\n[train]\nbase_model = "{missing}"\n[wandb]\nmode = "disabled"\n'
    )
    assert main(["--config", str(config), "train", "alice"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        len(err) == 1 and err[0].startswith("imitate train: error: base model folder ") and "does not exist" in err[0]
    )
    assert written(data_dir / "models") == []


def test_a_bert_base_model_is_refused_before_training(data_dir: Path, tmp_path: Path, monkeypatch):
    from transformers import BertConfig, BertForMaskedLM

    bert = tmp_path / "tiny-bert"
    BertForMaskedLM(BertConfig(vocab_size=99, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                               intermediate_size=32)).save_pretrained(bert)  # fmt: skip
    steps = []
    monkeypatch.setattr(train_module, "train_loop", lambda job, state: steps.append(1))
    with pytest.raises(BaseModelError) as caught:
        train(tiny_config(data_dir, base_model=str(bert)), ["alice"])
    message = str(caught.value)
    assert "\n" not in message and "is a bert model" in message and 'model_type "gpt2"' in message
    assert not steps and written(data_dir / "models") == []


# --- a full disk: refused up front where the size is known, one line at write time otherwise ------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _free_space(monkeypatch, free: dict[str, int]) -> None:
    real = shutil.disk_usage

    def usage(path):
        total, used, left = real(path)
        return shutil._ntuple_diskusage(total, used, free.get("bytes", left))

    monkeypatch.setattr(shutil, "disk_usage", usage)


def test_train_refuses_up_front_when_the_model_cannot_fit(data_dir: Path, monkeypatch):
    cfg = tiny_config(data_dir, max_steps=2)
    train(cfg, ["alice"])
    before = _files(data_dir / "models" / "alice")
    loops = []
    monkeypatch.setattr(train_module, "train_loop", lambda job, state: loops.append(1))
    _free_space(monkeypatch, {"bytes": 5_000_000})
    with pytest.raises(DiskFullError) as caught:
        train(replace(cfg, train=replace(cfg.train, seed=3)), ["alice"])
    message = str(caught.value)
    assert isinstance(caught.value, UserError) and "\n" not in message
    assert message.startswith("not enough disk space for the trained model") and "5.0 MB free" in message
    assert not loops  # refused before the run, not after it
    assert _files(data_dir / "models" / "alice") == before
    assert written(data_dir / "models") == ["alice"]


def test_a_full_disk_while_saving_the_model_keeps_the_old_one(data_dir: Path, monkeypatch):
    from transformers import PreTrainedModel

    cfg = tiny_config(data_dir, max_steps=2)
    train(cfg, ["alice"])
    before = _files(data_dir / "models" / "alice")

    def save_half(self, folder, **kwargs):
        (Path(folder) / "model.safetensors").write_bytes(b"\0" * 1000)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PreTrainedModel, "save_pretrained", save_half)
    with pytest.raises(DiskFullError) as caught:
        train(replace(cfg, train=replace(cfg.train, seed=3)), ["alice"])
    assert "\n" not in str(caught.value) and "no space left" in str(caught.value)
    assert _files(data_dir / "models" / "alice") == before
    assert written(data_dir / "models") == ["alice"]  # no half folder left


def test_a_full_disk_while_checkpointing_is_one_line(data_dir: Path, monkeypatch):
    import trainer.checkpoint as checkpoint_module

    cfg = tiny_config(data_dir, checkpoint_every=1)
    free: dict[str, int] = {}
    _free_space(monkeypatch, free)

    def save_fails(payload, path):
        free["bytes"] = 0  # torch reports a full disk as its own RuntimeError
        raise RuntimeError("PytorchStreamWriter failed writing file data/0: file write failed")

    monkeypatch.setattr(checkpoint_module.torch, "save", save_fails)
    with pytest.raises(DiskFullError, match="no space left"):
        train(cfg, ["alice"])
    assert written(data_dir / "models") == []
    assert not (data_dir / "checkpoints" / "alice").exists() and list((data_dir / "checkpoints").iterdir()) == []


def test_the_builtin_model_gets_its_own_schedule_unless_train_sets_one():
    from trainer.train import builtin_schedule

    builtin = TrainConfig(base_model="builtin")
    own = builtin_schedule(builtin)
    assert (own.epochs, own.learning_rate, own.warmup_steps) == (8.0, 1e-3, 50)
    assert builtin_schedule(replace(builtin, epochs=2.0)) == replace(builtin, epochs=2.0)  # set in [train]: kept
    assert builtin_schedule(TrainConfig()) == TrainConfig()  # gpt2: [train]'s schedule
