"""``imitate demo``: the whole path offline on the bundled sample archive of a fictional account:
fetch, train the small built-in model, export it to ONNX (checked against PyTorch), generate, and
measure it (``imitate eval`` on a few posts)."""

from __future__ import annotations

import logging
import time

from imitate.config import Config, replace
from imitate.wording import count

logger = logging.getLogger(__name__)

DEMO_PROMPT = "My dream is"
DEMO_EVAL_SAMPLES = 40  # enough for the headline figures, short enough for the demo's two minutes


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
    from export.evaluate import evaluate
    from export.onnx import export_model
    from export.runtime import load_generator
    from trainer.demo import demo_archive_path
    from trainer.fetch import fetch
    from trainer.train import train

    started = time.monotonic()
    cfg = demo_config(cfg)
    print(f"imitate demo: data in {cfg.data_dir.resolve()}\n")
    fetched = fetch(cfg, cfg.demo.handle, archive=demo_archive_path())
    print(fetched.summary(), "\n")

    result = train(cfg, [fetched.handle])
    print(result.summary(), "\n")

    for variant in export_model(cfg, fetched.handle):
        print(variant.summary())
    generator = load_generator(cfg, fetched.handle)
    try:
        posts = generator.generate(DEMO_PROMPT, n=n_posts, seed=cfg.train.seed)
    finally:
        generator.close()
    print(f'\n{count(n_posts, "post")} for "{DEMO_PROMPT}" from {generator!r}')
    print("(machine-generated imitation, not real posts):")
    for post in posts:
        print(f"- {post}")
    quality = evaluate(cfg, fetched.handle, samples=DEMO_EVAL_SAMPLES)
    print(f"\nimitate eval ({DEMO_EVAL_SAMPLES} posts): {quality.headline()}")
    print(f"\ndone in {time.monotonic() - started:.0f} s")
    return posts
