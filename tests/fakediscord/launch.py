"""``python -m tests.fakediscord.launch --config X bot|worker``: the real bot or stand-alone worker, whose
jobs run the fake steps (:mod:`tests.fakediscord.fake_steps`) - what the process tests start."""

from __future__ import annotations

import argparse
import sys

from bot.jobs.worker import run_worker_forever
from bot.main import run_bot
from bot.progress import discord_notifier
from imitate.config import load_config
from imitate.logs import setup_logging

FAKE_STEPS = "tests.fakediscord.fake_steps"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fakediscord.launch")
    parser.add_argument("--config", required=True)
    parser.add_argument("command", choices=["bot", "worker"])
    args = parser.parse_args(argv)
    cfg = load_config(args.config)
    setup_logging(cfg.log_level)
    if args.command == "bot":
        return run_bot(cfg, FAKE_STEPS)
    return run_worker_forever(cfg, discord_notifier(cfg), FAKE_STEPS)


if __name__ == "__main__":
    sys.exit(main())
