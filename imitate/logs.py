"""Logging set-up, done once by the entry point; modules only call ``logging.getLogger(__name__)``."""

from __future__ import annotations

import logging
import sys


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("urllib3", "httpx", "filelock", "discord.gateway", "wandb"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
