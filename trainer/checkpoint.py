"""Resumable training checkpoints in ``<data_dir>/checkpoints/<name>/``.

A checkpoint holds the model, optimizer and schedule states, the random generators and where training
stands (``State``), plus ``run.json``: the fingerprint of the run (handles, settings, data ids) that
must match for it to be resumed. It is written as a whole (temporary folder, then rename), so a crash
while saving keeps the previous one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from imitate.atomic import atomic_dir
from imitate.config import Config

logger = logging.getLogger("trainer.train")  # resume decisions belong to the training log

STATE_FILE = "state.pt"
RUN_FILE = "run.json"


@dataclass
class State:
    """Where training stands; saved in every checkpoint."""

    step: int = 0
    epoch: int = 0
    micro: int = 0  # micro-batches done in the current epoch
    train_tokens: int = 0
    elapsed: float = 0.0  # seconds spent before this (resumed) process
    losses: list[list[float]] = field(default_factory=list)  # [step, loss]
    val_losses: list[list[float]] = field(default_factory=list)  # [step, val loss]


def run_fingerprint(cfg: Config, handles: list[str], train_ids: dict, val_ids: dict, block_size: int) -> dict[str, Any]:
    """What must match for a checkpoint to be resumed: handles, settings, base model and data ids."""
    train = dataclasses.asdict(cfg.train)
    for volatile in ("checkpoint_every", "sample_count", "sample_prompt"):
        train.pop(volatile)
    ids = json.dumps([train_ids, val_ids], sort_keys=True).encode()
    return {
        "handles": handles,
        "train": train,
        "clean": dataclasses.asdict(cfg.clean),
        "block_size": block_size,
        "data": hashlib.sha256(ids).hexdigest(),
    }


def checkpoint_dir(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / "checkpoints" / name


def save_checkpoint(folder: Path, fingerprint: dict, model, optimizer, scheduler, state: State) -> None:
    """Write the checkpoint as a whole (temporary folder, then rename): a crash keeps the previous one."""
    rng: dict[str, torch.Tensor | list[torch.Tensor]] = {"torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        rng["cuda"] = torch.cuda.get_rng_state_all()
    payload = {
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "rng": rng,
        "state": dataclasses.asdict(state),
    }
    with atomic_dir(folder, keep_previous=False) as tmp:
        torch.save(payload, tmp / STATE_FILE)
        (tmp / RUN_FILE).write_text(json.dumps(fingerprint, indent=2, sort_keys=True), encoding="utf-8")
    logger.debug("checkpoint at step %d in %s", state.step, folder)


def find_checkpoint(folder: Path, fingerprint: dict, resume: bool) -> Path | None:
    """The checkpoint to resume from, or None; a stale or unwanted one is removed with a log line."""
    if not (folder / STATE_FILE).is_file():
        return None
    try:
        saved = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    if not resume:
        logger.info("ignoring the checkpoint in %s (resume off): starting fresh", folder)
    elif saved != json.loads(json.dumps(fingerprint)):
        logger.info(
            "the checkpoint in %s is from a different run (handles, settings or data changed): starting fresh", folder
        )
    else:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    return None


def load_checkpoint(folder: Path, model, optimizer, scheduler, device: torch.device) -> State:
    payload = torch.load(folder / STATE_FILE, map_location=device, weights_only=True)
    model.load_state_dict(payload["model"])
    optimizer.load_state_dict(payload["optimizer"])
    scheduler.load_state_dict(payload["scheduler"])
    torch.set_rng_state(payload["rng"]["torch"].cpu())
    if "cuda" in payload["rng"] and torch.cuda.is_available():
        torch.cuda.set_rng_state_all([s.cpu() for s in payload["rng"]["cuda"]])
    state = State(**payload["state"])
    logger.info("resuming from the checkpoint at step %d (epoch %d) in %s", state.step, state.epoch + 1, folder)
    return state
