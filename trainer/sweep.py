"""One trial of the W&B sweep in ``trainer/sweep.yaml``: read the trial's hyperparameters, train.

``wandb agent`` runs ``python -m trainer.sweep --learning_rate=... --handles=...``; this starts the
trial's run, overrides ``cfg.train`` with the swept values and calls ``trainer.train.train``, which logs
losses, samples and the model into that run. The model goes to ``<data_dir>/sweeps/<sweep>/<run>/``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from imitate.config import Config, load_config, replace
from imitate.logs import setup_logging

SWEPT = ("learning_rate", "epochs", "block_size", "batch_size")


def sweep_config(cfg: Config, params: Mapping[str, Any]) -> Config:
    """``cfg`` with every ``train`` field named in ``params`` replaced; W&B forced online (sweeps need it)."""
    fields = {f.name: f for f in dataclasses.fields(cfg.train)}
    changes = {
        key: type(getattr(cfg.train, key))(value) for key, value in params.items() if key in fields and key != "builtin"
    }
    wandb_cfg = cfg.wandb if cfg.wandb.mode == "online" else replace(cfg.wandb, mode="online")
    return replace(cfg, train=replace(cfg.train, **changes), wandb=wandb_cfg)


def parse_handles(value: str | Sequence[str]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return [h.strip() for h in items if h.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    import wandb

    from trainer.train import train

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--handles", required=True, help="handle(s), comma-separated")
    parser.add_argument("--config", help="config file (default: $IMITATE_CONFIG, else ./config.toml)")
    args, _swept = parser.parse_known_args(argv)  # the swept values arrive through wandb.config
    cfg = load_config(args.config)
    setup_logging(cfg.log_level)
    run = wandb.init(
        project=cfg.wandb.project, entity=cfg.wandb.entity or None, dir=str(cfg.data_dir), job_type="train"
    )
    try:
        cfg = sweep_config(cfg, dict(run.config))
        folder = Path(cfg.data_dir) / "sweeps" / (run.sweep_id or "manual") / run.id
        result = train(
            cfg,
            parse_handles(args.handles),
            output_dir=folder,
            resume=False,
            checkpoint_path=Path(cfg.data_dir) / "checkpoints" / f"sweep-{run.id}",
        )
        print(result.summary())
    except BaseException:
        run.finish(exit_code=1)
        raise
    run.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
