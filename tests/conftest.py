"""Fixtures shared by the test modules: a tiny built-in GPT-2, made-up posts, and a config around them.

Fixtures that build something return a factory, so one test can make several (two handles, a model
in a given folder) and module-scoped fixtures can reuse them through ``tmp_path_factory``.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# No network in tests: huggingface_hub's telemetry thread would otherwise send requests from the
# background (the X API tests' mocked HTTP once recorded one of them as the first call). Set before
# anything imports huggingface_hub, which reads it once.
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import pytest  # noqa: E402

from imitate.config import (  # noqa: E402
    BuiltinModelConfig,
    CleanConfig,
    Config,
    GenerationConfig,
    TrainConfig,
    WandbConfig,
    replace,
)
from trainer.posts import Post, save_posts  # noqa: E402

pytest_plugins = ("tests.pg",)  # the throwaway PostgreSQL cluster fixtures

# The smallest GPT-2 the tests train and serve: one layer, 32 wide, 64 positions (a few MB, seconds to train).
TINY_GPT2 = BuiltinModelConfig(n_layer=1, n_head=2, n_embd=32, n_positions=64)

WORDS = (
    "bread oven flour morning market sourdough butter crust yeast warm kitchen sunny friends coffee cake "
    "rye starter proof knead bake loaf honey"
).split()


def write_posts(data_dir: Path, handle: str, count: int, seed: int = 0) -> list[Post]:
    """``count`` made-up posts (every 10th a retweet, every 7th with a link) into tweets/<handle>.jsonl."""
    rng = random.Random(f"{handle}:{seed}")
    posts = []
    for i in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14)))
        if i % 7 == 0:
            text += " https://t.co/abc"
        posts.append(
            Post(
                id=str(1000 + i),
                created_at="",
                text=("RT @x: " + text) if i % 10 == 0 else text,
                is_retweet=False,
                is_reply=False,
                source="file",
            )
        )
    save_posts(data_dir / "tweets" / f"{handle}.jsonl", posts)
    return posts


def tiny_config(data_dir: Path, **train_changes: Any) -> Config:
    """A config that trains :data:`TINY_GPT2` for one quick epoch on a few dozen posts, W&B off."""
    train_cfg = TrainConfig(
        base_model="builtin",
        block_size=32,
        epochs=1,
        batch_size=4,
        learning_rate=1e-3,
        checkpoint_every=2,
        sample_count=2,
        builtin=TINY_GPT2,
    )
    return Config(
        data_dir=data_dir,
        clean=CleanConfig(refuse_below_chars=500, warn_below_chars=1000),
        train=replace(train_cfg, **train_changes),
        generate=GenerationConfig(max_length=24, min_length=2),
        wandb=WandbConfig(mode="disabled"),
    )


def save_tiny_model(folder: Path, seed: int = 0) -> Path:
    """A randomly initialised :data:`TINY_GPT2` model folder with the real GPT-2 tokenizer."""
    from trainer.model import save_builtin_model

    return save_builtin_model(folder, TINY_GPT2, seed=seed)


def export_tiny(data_dir: Path, variants: tuple[str, ...] = ("fp32", "int8", "int4")) -> Path:
    """A tiny model ``tiny`` in ``data_dir`` exported to ``variants`` with the default export settings (one
    CPU thread); its ``onnx`` folder."""
    from export.onnx import export_model
    from imitate.config import RuntimeConfig

    config = Config(data_dir=data_dir, runtime=RuntimeConfig(threads=1, device="cpu"))
    save_tiny_model(data_dir / "models" / "tiny")
    results = export_model(config, "tiny", variants=list(variants))
    assert all(r.published for r in results), [r.summary() for r in results]
    return data_dir / "models" / "tiny" / "onnx"


@pytest.fixture
def make_posts() -> Callable[..., list[Post]]:
    return write_posts


@pytest.fixture
def make_config() -> Callable[..., Config]:
    return tiny_config


@pytest.fixture
def make_tiny_model() -> Callable[..., Path]:
    return save_tiny_model


@pytest.fixture
def tiny_gpt2() -> BuiltinModelConfig:
    return TINY_GPT2


def written(folder: Path) -> list[str]:
    """The names in ``folder`` (none when it is missing), without the ``.locks`` folder of lock files:
    a lock file holds no data, so "nothing was written" tests ignore it."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name != ".locks")


ROOT = Path(__file__).resolve().parent.parent

HOLD_LOCK = """
import sys, time
from pathlib import Path
from imitate import modelfolder
with modelfolder.lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_model_lock(folder: Path, seconds: float) -> subprocess.Popen[str]:
    """A process that holds ``folder``'s lock (what a long ``imitate train`` does) for ``seconds``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc
