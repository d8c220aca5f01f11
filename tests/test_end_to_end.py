"""The whole first half of the product through the CLI: archive -> fetch -> train -> generate -> card -> W&B.

A tiny built-in GPT-2 trains for a few steps on the bundled sample archive; everything else is real.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imitate.cli import main
from trainer.demo import DEMO_HANDLE, demo_archive_path
from trainer.tracking import offline_runs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("e2e")
    mp = pytest.MonkeyPatch()
    for var in ("WANDB_DATA_DIR", "WANDB_CACHE_DIR", "WANDB_CONFIG_DIR", "WANDB_ARTIFACT_DIR"):
        mp.setenv(var, str(root / var.lower()))
    config = root / "config.toml"
    config.write_text(
        f'data_dir = "{root / "data"}"\n'
        "[train]\nbase_model = 'builtin'\nblock_size = 32\nmax_steps = 6\nbatch_size = 4\n"
        "learning_rate = 1e-3\ncheckpoint_every = 3\nsample_count = 2\n"
        "[train.builtin]\nn_layer = 1\nn_head = 2\nn_embd = 32\nn_positions = 64\n"
        "[wandb]\nmode = 'offline'\nproject = 'imitate-e2e'\n"
    )
    assert main(["--config", str(config), "fetch", "--archive", str(demo_archive_path())]) == 0
    assert main(["--config", str(config), "train", DEMO_HANDLE]) == 0
    yield root
    mp.undo()


def test_fetch_wrote_normalised_posts(trained):
    lines = (trained / "data" / "tweets" / f"{DEMO_HANDLE}.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line) for line in lines]
    assert len(posts) > 500
    assert set(posts[0]) == {"id", "created_at", "text", "is_retweet", "is_reply", "source"}
    assert any(p["is_retweet"] for p in posts) and any(p["is_reply"] for p in posts)


def test_model_folder_loads_in_a_pipeline_and_generates(trained):
    from transformers import pipeline

    folder = trained / "data" / "models" / DEMO_HANDLE
    generator = pipeline("text-generation", model=str(folder))
    out = generator("My dream is", num_return_sequences=2, max_new_tokens=8)
    assert len(out) == 2 and all(o["generated_text"].startswith("My dream is") for o in out)


def test_card_has_the_data_table_and_figures(trained):
    folder = trained / "data" / "models" / DEMO_HANDLE
    stats = json.loads((folder / "stats.json").read_text())
    counts = stats["data"][DEMO_HANDLE]
    assert counts["downloaded"] == counts["retweets"] + counts["short"] + counts["kept"]
    assert min(counts["retweets"], counts["short"], counts["kept"]) > 0
    card = (folder / "README.md").read_text()
    for row, key in (
        ("Tweets downloaded", "downloaded"),
        ("Retweets", "retweets"),
        ("Short tweets", "short"),
        ("Tweets kept", "kept"),
    ):
        assert f"| {row} | {counts[key]} |" in card
    assert f"| Data | @{DEMO_HANDLE} |" in card
    assert f"| Validation loss | {stats['val_loss']:.4g} |" in card
    assert f"| Validation perplexity | {stats['val_perplexity']:,.0f} |" in card or (
        f"| Validation perplexity | {stats['val_perplexity']:.4g} |" in card
    )
    assert "machine" in card.lower() and 'pipeline("text-generation"' in card


def test_generate_command_prints_posts(trained, capsys):
    config = trained / "config.toml"
    assert (
        main(
            [
                "--config",
                str(config),
                "generate",
                DEMO_HANDLE,
                "My dream is",
                "-n",
                "3",
                "--engine",
                "torch",
                "--seed",
                "1",
                "--json",
            ]
        )
        == 0
    )
    posts = json.loads(capsys.readouterr().out)
    assert len(posts) == 3 and all(p.startswith("My dream is") and "\n" not in p for p in posts)


def test_wandb_offline_runs_hold_the_artifacts(trained):
    runs = {run["job_type"]: run for run in offline_runs(trained / "data", flush=True)}
    assert set(runs) == {"preprocess", "train"}
    assert {"raw-dataset", "train-dataset"} <= set(runs["preprocess"]["artifacts"])
    assert {"pretrained-model", "finetuned-model"} <= set(runs["train"]["artifacts"])
