"""The model card: shape, numbers from stats.json, and a "How to use" snippet that really runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from trainer.card import (
    bot_title,
    default_model_ref,
    render_model_card,
    write_model_card,
)


def make_stats(**changes) -> dict:
    stats = {
        "name": "minidiscplus",
        "handles": ["minidiscplus"],
        "base_model": "gpt2",
        "data": {"minidiscplus": {"downloaded": 731, "retweets": 58, "short": 98, "kept": 575, "kept_chars": 52_345}},
        "hyperparameters": {
            "epochs": 4.0,
            "learning_rate": 1.372e-4,
            "lr_scheduler": "cosine",
            "block_size": 1024,
            "batch_size": 1,
            "val_fraction": 0.1,
            "builtin": {"n_layer": 2},
        },
        "seed": 42,
        "train_loss": 3.1234567,
        "val_loss": 3.456789,
        "val_perplexity": 31.7123,
        "losses": [[1, 4.5], [2, 3.9]],
        "train_tokens": 123_456,
        "steps": 480,
        "duration_seconds": 612.5,
        "device": "cuda",
        "precision": "bf16",
        "versions": {"torch": "2.13.0", "transformers": "4.57.6"},
        "created_at": "2024-02-20T10:00:00+00:00",
    }
    stats.update(changes)
    return stats


def front_matter(card: str) -> str:
    match = re.match(r"---\n(.*?)\n---\n", card, re.DOTALL)
    assert match, "no YAML front matter"
    return match.group(1)


def test_card_shape_and_numbers(tmp_path: Path) -> None:
    write_model_card(tmp_path, make_stats())
    card = (tmp_path / "README.md").read_text(encoding="utf-8")
    meta = front_matter(card)
    assert "language: en" in meta
    for tag in ("huggingtweets", "gpt2", "text-generation", "imitate"):
        assert f"- {tag}" in meta
    assert '- text: "My dream is"' in meta
    assert 'base_model: "gpt2"' in meta
    assert "\n# @minidiscplus bot\n" in card
    for heading in (
        "## How does it work?",
        "## Training data",
        "## Training procedure",
        "## How to use",
        "## Limitations and bias",
    ):
        assert heading in card
    assert (
        "| Data | @minidiscplus |\n| --- | --- |\n| Tweets downloaded | 731 |\n| Retweets | 58 |\n"
        "| Short tweets | 98 |\n| Tweets kept | 575 |" in card
    )
    assert "| Validation loss | 3.457 |" in card
    assert "| Validation perplexity | 31.71 |" in card
    assert "| learning_rate | 0.0001372 |" in card
    assert "| epochs | 4.0 |" in card
    assert "about 10%" in card
    assert "for 4 epochs" in card
    assert "machine generated" in card.lower() and "label" in card.lower()
    assert 'generator("My dream is", num_return_sequences=5)' in card
    assert 'pipeline("text-generation", model=' in card


def test_titles() -> None:
    assert bot_title(["a"]) == "@a bot"
    assert bot_title(["a", "b"]) == "@a and @b bot"
    assert bot_title(["@a", "b", "c"]) == "@a, @b and @c bot"


def test_cyborg_card_has_a_column_per_handle() -> None:
    data = {
        "alice": {"downloaded": 10, "retweets": 1, "short": 2, "kept": 7, "kept_chars": 700},
        "bob": {"downloaded": 20, "retweets": 3, "short": 4, "kept": 13, "kept_chars": 1300},
    }
    card = render_model_card(make_stats(name="alice-bob", handles=["alice", "bob"], data=data), "m")
    assert "# @alice and @bob bot" in card
    assert "| Data | @alice | @bob |" in card
    assert "| Tweets kept | 7 | 13 |" in card
    assert "2,000 characters" in card
    assert "largest account" in card


def test_base_model_in_front_matter_only_for_hub_ids() -> None:
    assert "base_model:" not in front_matter(render_model_card(make_stats(base_model="builtin"), "m"))
    assert "base_model:" not in front_matter(render_model_card(make_stats(base_model="/models/gpt2"), "m"))
    hub = front_matter(render_model_card(make_stats(base_model="openai-community/gpt2"), "m"))
    assert 'base_model: "openai-community/gpt2"' in hub


def test_missing_results_and_secret_like_keys() -> None:
    stats = make_stats(val_loss=None, val_perplexity=float("inf"))
    stats["hyperparameters"]["wandb_api_key"] = "should-not-appear"
    card = render_model_card(stats, "m")
    assert "| Validation loss | n/a |" in card
    assert "| Validation perplexity | inf |" in card
    assert "should-not-appear" not in card


def test_model_ref_points_at_the_final_folder(tmp_path: Path) -> None:
    temporary = tmp_path / ".minidiscplus.abc123.tmp"
    temporary.mkdir()
    assert default_model_ref(temporary, make_stats()) == (tmp_path / "minidiscplus").resolve().as_posix()
    assert default_model_ref(tmp_path / "other", make_stats()) == (tmp_path / "other").resolve().as_posix()


def test_how_to_use_snippet_runs(tmp_path: Path, make_tiny_model) -> None:
    folder = make_tiny_model(tmp_path / "minidiscplus")
    # As trainer.train saves it: sampling is the default, so num_return_sequences=5 works.
    (folder / "generation_config.json").write_text(
        json.dumps({"do_sample": True, "top_p": 0.95, "max_length": 24, "eos_token_id": 50256, "pad_token_id": 50256}),
        encoding="utf-8",
    )
    write_model_card(folder, make_stats(base_model="builtin"))
    card = (folder / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(.*?)```", card, re.DOTALL).group(1)
    assert json.dumps(folder.resolve().as_posix()) in snippet
    namespace: dict = {}
    exec(snippet.replace('generator("My dream is"', 'outputs = generator("My dream is"'), namespace)
    outputs = namespace["outputs"]
    assert len(outputs) == 5
    assert all(o["generated_text"].startswith("My dream is") for o in outputs)


@pytest.mark.parametrize("handles", [["solo"], ["a", "b", "c"]])
def test_card_is_plain_text_without_template_leftovers(handles: list[str]) -> None:
    data = {h: {"downloaded": 5, "retweets": 1, "short": 1, "kept": 3, "kept_chars": 30} for h in handles}
    card = render_model_card(make_stats(name="-".join(handles), handles=handles, data=data), "m")
    assert "{" not in card.replace('{"n_layer": 2}', "")
    assert "USER_HANDLE" not in card and "None" not in card


def test_a_member_card_names_the_member_and_the_chat_rules() -> None:
    member = "discord-123456789012345678-234567890123456789"
    card = render_model_card(make_stats(handles=[member], data={member: make_stats()["data"]["minidiscplus"]}), "x")
    assert "# member 234567890123456789 bot" in card and "@discord-" not in card
    assert "chat rules" in card and "Short tweets are" not in card
