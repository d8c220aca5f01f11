"""imitate eval: the metrics on controlled corpora, then the command on a tiny trained model.

The corpora are made up here (random words from fixed vocabularies), never the shared real posts.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

import export.evaluate as evaluate_module
from export.evaluate import EvalError, evaluate, record_quality, with_section
from export.imitation import (
    classifier_accuracy,
    copy_figures,
    distinct_n,
    ks_distance,
    longest_shared_runs,
    style_figures,
    text_style,
)
from imitate.cli import main
from imitate.config import Config, WandbConfig, replace
from tests.conftest import WORDS, tiny_config, write_posts
from trainer.tracking import offline_runs
from trainer.train import train

BAKERY = WORDS
ROCKETS = (
    "rocket",
    "launch",
    "orbit",
    "engine",
    "booster",
    "landing",
    "mars",
    "starship",
    "thrust",
    "fuel",
    "tower",
    "static",
    "fire",
    "payload",
    "falcon",
    "raptor",
    "vacuum",
    "nozzle",
    "stage",
    "telemetry",
)


def corpus(vocabulary: tuple[str, ...] | list[str], count: int, seed: int, extra: str = "") -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(10, 20))) + extra for _ in range(count)]


# --- the metrics on controlled inputs -----------------------------------------------------------------


def test_a_model_that_returns_training_posts_scores_all_copies():
    training = corpus(BAKERY, 50, seed=1)
    figures = copy_figures(training[:30], training)
    assert figures.copy_share == 1.0 and figures.exact_share == 1.0
    assert figures.longest_run == max(len(t.split()) for t in training[:30])


def test_fresh_text_scores_no_copies_and_case_or_punctuation_hide_nothing():
    training = ["the quick brown fox jumps over the lazy dog and then runs far away home"]
    assert copy_figures(corpus(ROCKETS, 20, seed=2), training).copy_share == 0.0
    copied = "Well, THE quick brown fox jumps over the lazy dog... and then runs!"
    figures = copy_figures([copied], training)
    assert (figures.copy_share, figures.exact_share, figures.longest_run) == (1.0, 0.0, 12)


def test_runs_are_counted_within_one_training_post():
    # Each half comes from a different training post: the longest shared run is a half, not the whole.
    training = ["one two three four five six", "seven eight nine ten eleven twelve"]
    assert longest_shared_runs(["four five six seven eight nine", "nothing shared"], training) == [3, 0]


def test_generated_text_from_another_corpus_is_easy_to_classify():
    assert classifier_accuracy(corpus(BAKERY, 150, seed=3), corpus(ROCKETS, 150, seed=4)) > 0.9


def test_real_against_other_real_posts_scores_near_chance():
    real = corpus(BAKERY, 400, seed=5)
    assert 0.35 < classifier_accuracy(real[:200], real[200:]) < 0.65


def test_style_figures_move_the_right_way():
    real = corpus(BAKERY, 100, seed=6, extra=" #bread @friend")
    same = style_figures(real[:50], real[50:])
    short = style_figures(real, [" ".join(t.split()[:4]) for t in corpus(BAKERY, 100, seed=7)])
    assert same.length_ks < 0.3 < short.length_ks
    assert short.generated.mean_words < 5 < short.real.mean_words
    assert text_style(real).hashtags == 1.0 and text_style(real).mentions == 1.0
    assert text_style(["ok 🎉🎉", "no"]).emoji == 1.0
    assert ks_distance([1, 2, 3], [1, 2, 3]) == 0.0 and ks_distance([1, 2], [5, 6]) == 1.0
    assert distinct_n(["a a a a"], 1) == 0.25 and distinct_n(["a b c d"], 2) == 1.0


def test_the_quality_section_is_replaced_not_appended():
    card = "# bot\n\nintro\n\n## Training\n\ntext\n\n## How to use\n\nsnippet\n"
    once = with_section(card, "## Quality\n\nfirst")
    twice = with_section(once, "## Quality\n\nsecond")
    assert twice.count("## Quality") == 1 and "second" in twice and "first" not in twice
    assert twice.index("## Training") < twice.index("## Quality") < twice.index("## How to use")


# --- the command on a tiny model -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Config:
    """A tiny model trained on 300 made-up posts (27 held out), W&B offline."""
    data = tmp_path_factory.mktemp("data")
    write_posts(data, "alice", 300)
    cfg = replace(tiny_config(data), wandb=WandbConfig(mode="offline"))
    train(cfg, ["alice"])
    return cfg


def test_eval_writes_json_png_card_section_stats_and_wandb(trained: Config, tmp_path: Path):
    folder = trained.data_dir / "models" / "alice"
    shutil.copytree(folder, folder.with_name("alice.previous"))
    out = tmp_path / "out.json"
    first = evaluate(trained, "alice", samples=20, json_path=out)
    result = evaluate(trained, "alice", samples=20, json_path=out)

    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["samples"] == 20 and figures["held_out_posts"] >= 20
    fit = figures["fit"]
    assert fit["perplexity"] < fit["base_perplexity"]  # trained beats its random starting point
    assert fit["previous_perplexity"] == pytest.approx(fit["perplexity"], rel=1e-4)  # the same weights
    assert set(figures["copying"]) == {"filter_off", "filter_on"}
    assert 0.0 <= figures["style"]["classifier_accuracy"] <= 1.0
    assert result.png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and first.png_path == result.png_path

    card = (folder / "README.md").read_text(encoding="utf-8")
    assert card.count("## Quality") == 1 and result.figures["date"] in card
    assert card.index("## Quality") < card.index("## How to use")
    stats = json.loads((folder / "stats.json").read_text(encoding="utf-8"))
    assert stats["quality"]["date"] == result.figures["date"] and stats["val_loss"]  # the rest is kept

    evals = [r for r in offline_runs(trained.data_dir, flush=True) if r["job_type"] == "eval"]
    assert len(evals) == 2 and {"quality", "quality_plot"} <= {k.split("/")[0] for k in evals[-1]["history_keys"]}


def test_a_model_that_returns_training_posts_scores_all_copies_end_to_end(trained: Config, monkeypatch):
    from export.originality import training_texts

    posts = training_texts(trained.data_dir, trained.data_dir / "models" / "alice")

    class Parrot:
        engine, variant, device = "parrot", "none", "cpu"

        def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None, **_: object) -> list[str]:
            return random.Random(seed).sample(posts, n)

        def close(self) -> None:
            pass

    monkeypatch.setattr(evaluate_module, "open_generator", lambda cfg, folder: (Parrot(), None))
    copying = evaluate(replace(trained, wandb=WandbConfig(mode="disabled")), "alice", samples=20).figures["copying"]
    assert copying["filter_off"]["copy_share"] == 1.0 and copying["filter_off"]["exact_share"] == 1.0


def test_a_model_without_an_exported_variant_is_evaluated_with_torch_and_says_so(trained: Config, capsys):
    cfg = replace(trained, wandb=WandbConfig(mode="disabled"))
    assert run_cli(cfg, "alice", "--samples", "20") == 0
    out = capsys.readouterr().out
    notes = [line for line in out.splitlines() if "no published ONNX variant" in line]
    assert len(notes) == 1 and "PyTorch engine" in notes[0] and "torch fp32 engine" in out


def test_an_exported_model_is_evaluated_with_its_onnx_variant(trained: Config, tmp_path: Path):
    from export.onnx import export_model

    data = tmp_path / "data"
    shutil.copytree(trained.data_dir / "tweets", data / "tweets")
    shutil.copytree(trained.data_dir / "models" / "alice", data / "models" / "alice")
    cfg = replace(trained, data_dir=data, wandb=WandbConfig(mode="disabled"))
    assert all(r.published for r in export_model(cfg, "alice", variants=["fp32"]))
    result = evaluate(cfg, "alice", samples=20)
    assert (result.figures["engine"], result.figures["variant"], result.note) == ("onnx", "fp32", None)


# --- bad input: one line each ---------------------------------------------------------------------------


def run_cli(cfg: Config, *args: str) -> int:
    config = cfg.data_dir / "eval-config.toml"
    config.write_text(
        f'data_dir = "{cfg.data_dir.as_posix()}"\n[wandb]\nmode = "{cfg.wandb.mode}"\n'
        f"[generate]\nmax_length = {cfg.generate.max_length}\nmin_length = {cfg.generate.min_length}\n",
        encoding="utf-8",
    )
    return main(["--config", str(config), "eval", *args])


def one_error_line(capsys) -> str:
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("imitate eval: error:")]
    assert len(err) == 1
    return err[0]


def test_no_data_split_is_one_line(trained: Config, tmp_path: Path, capsys):
    data = tmp_path / "data"
    shutil.copytree(trained.data_dir / "models" / "alice", data / "models" / "alice")
    (data / "models" / "alice" / "data_split.json").unlink()
    with pytest.raises(EvalError, match="data_split.json is missing"):
        evaluate(replace(trained, data_dir=data), "alice", samples=20)
    assert run_cli(replace(trained, data_dir=data), "alice") == 1
    assert "data_split.json is missing" in one_error_line(capsys)


def test_too_few_held_out_posts_is_one_line(trained: Config, tmp_path: Path, capsys):
    data = tmp_path / "data"
    write_posts(data, "bob", 60)  # 5 held out
    cfg = replace(trained, data_dir=data, wandb=WandbConfig(mode="disabled"))
    train(cfg, ["bob"])
    assert run_cli(cfg, "bob") == 1
    line = one_error_line(capsys)
    assert "held-out posts" in line and "at least 20" in line


def test_unknown_model_is_one_line(trained: Config, capsys):
    assert run_cli(trained, "nobody") == 1
    assert "no model named 'nobody'" in one_error_line(capsys)


def test_record_quality_on_a_folder_without_card_or_stats(tmp_path: Path):
    figures = json.loads(json.dumps(_figures()))
    record_quality(tmp_path, figures)
    record_quality(tmp_path, figures)
    assert (tmp_path / "README.md").read_text(encoding="utf-8").count("## Quality") == 1
    assert json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))["quality"]["name"] == "x"


def _figures() -> dict:
    copy = {"n": 10, "copy_share": 0.5, "exact_share": 0.0, "longest_run": 12, "mean_longest_run": 4.0}
    style = text_style(["a b c"]).as_dict()
    return {
        "name": "x",
        "date": "2026-01-01T00:00:00+00:00",
        "engine": "onnx",
        "variant": "int8",
        "samples": 20,
        "held_out_posts": 20,
        "fit": {
            "perplexity": 10.0,
            "base_perplexity": 100.0,
            "previous_perplexity": None,
            "gain_vs_base": 10.0,
            "gain_vs_previous": None,
        },
        "copying": {"filter_off": copy, "filter_on": copy},
        "style": {"real": style, "generated": style, "length_ks": 0.1, "classifier_accuracy": 0.6},
    }
