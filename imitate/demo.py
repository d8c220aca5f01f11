"""``imitate demo``: the whole path offline on the bundled sample archive of a fictional account."""

from __future__ import annotations

import logging
import time

from imitate.config import Config, replace

logger = logging.getLogger(__name__)

DEMO_PROMPT = "My dream is"


def demo_config(cfg: Config) -> Config:
    """``cfg`` with the small built-in model and the short schedule of ``[demo]``."""
    demo = cfg.demo
    train = replace(
        cfg.train,
        base_model="builtin",
        builtin=demo.builtin,
        epochs=demo.epochs,
        block_size=demo.block_size,
        batch_size=demo.batch_size,
        learning_rate=demo.learning_rate,
        warmup_steps=0,
    )
    return replace(cfg, train=train)


def run_demo(cfg: Config, n_posts: int = 5) -> list[str]:
    """Fetch the bundled archive, train the small built-in model on it, and print posts for a prompt."""
    from trainer.demo import demo_archive_path
    from trainer.fetch import fetch
    from trainer.generate import sample_posts
    from trainer.model import load_trained_model

    started = time.monotonic()
    cfg = demo_config(cfg)
    print(f"imitate demo: data in {cfg.data_dir.resolve()}\n")
    fetched = fetch(cfg, cfg.demo.handle, archive=demo_archive_path())
    print(fetched.summary(), "\n")

    from trainer.train import train

    result = train(cfg, [fetched.handle])
    print(result.summary(), "\n")

    model, tokenizer = load_trained_model(result.model_dir)
    posts = sample_posts(model, tokenizer, DEMO_PROMPT, n_posts, cfg.generate, seed=cfg.train.seed)
    print(f'{n_posts} posts for "{DEMO_PROMPT}" (machine-generated, not real posts):')
    for post in posts:
        print(f"- {post}")
    print(f"\ndone in {time.monotonic() - started:.0f} s")
    return posts
