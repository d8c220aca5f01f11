"""The disk space a training run needs, checked before it starts (a full disk would fail only at save time)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from imitate.diskspace import existing_parent, require_free

logger = logging.getLogger(__name__)

MARGIN_BYTES = 64 * 1024**2  # tokenizer files, stats, model card, W&B offline files
CHECKPOINT_COPIES = 6  # weights + AdamW's two moments (3x), and the new checkpoint beside the old one (2x)


def weight_bytes(model) -> int:
    """Bytes of the model's parameters (tied weights counted once), what ``model.safetensors`` holds."""
    return sum(p.numel() * p.element_size() for p in model.parameters())


def require_training_space(model, target: Path, checkpoint: Path, *, checkpoints: bool) -> None:
    """Refuse the run up front when the model folder (and its checkpoints) cannot fit where they go."""
    weights = weight_bytes(model)
    needs = [(Path(target), weights + MARGIN_BYTES)]
    if checkpoints:
        needs.append((Path(checkpoint), weights * CHECKPOINT_COPIES))
    by_disk: dict[int, tuple[Path, int]] = {}
    for folder, size in needs:
        device = os.stat(existing_parent(folder)).st_dev
        first, total = by_disk.get(device, (folder, 0))
        by_disk[device] = (first, total + size)
    for folder, size in by_disk.values():
        logger.debug("training needs about %d bytes free for %s", size, folder)
        require_free(folder, size, "the trained model" + (" and its checkpoints" if checkpoints else ""))
