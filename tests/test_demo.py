"""``imitate demo`` runs its whole path (fetch, train, export, generate) on the bundled archive."""

from __future__ import annotations

import pytest

from imitate.config import BuiltinModelConfig, Config, DemoConfig, WandbConfig
from imitate.demo import DEMO_PROMPT, run_demo

pytestmark = pytest.mark.slow


def test_demo_runs_end_to_end_on_a_small_schedule(tmp_path, capsys):
    cfg = Config(
        data_dir=tmp_path,
        wandb=WandbConfig(mode="disabled"),
        demo=DemoConfig(epochs=1.0, block_size=64, builtin=BuiltinModelConfig(n_layer=1, n_head=2, n_embd=32)),
    )
    posts = run_demo(cfg, n_posts=3)
    out = capsys.readouterr().out
    assert len(posts) == 3 and all(p.startswith(DEMO_PROMPT) for p in posts)
    assert "| Tweets downloaded | 786 |" in out and "| Tweets kept | 658 |" in out
    assert "fp32: published" in out and "engine=onnx" in out
    assert "imitate eval (40 posts): perplexity" in out and "classifier accuracy" in out
    model = tmp_path / "models" / "sunnydale_bakes"
    assert (model / "README.md").is_file() and (model / "onnx" / "fp32" / "manifest.json").is_file()
    # The export stored the originality index of the training posts: hashes only, never their text.
    index = (model / "onnx" / "originality.json").read_text(encoding="utf-8")
    kept = (tmp_path / "tweets" / "sunnydale_bakes.jsonl").read_text(encoding="utf-8")
    assert len(index) > 1000 and "sourdough" in kept.lower() and "sourdough" not in index.lower()
