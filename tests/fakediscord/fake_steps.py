"""A fast stand-in for the real fetch/train/export steps: a worker with ``steps_module="tests.fakediscord.fake_steps"``.

Behaviour comes from the environment the worker passes on:
``FAKE_TRAIN_SECONDS`` (how long training sleeps), ``FAKE_FAIL_STEP`` (train|export: fail there with a
message), ``FAKE_PRINT_ENV`` (an environment variable whose value training prints, to test masking),
``FAKE_VAL_PERPLEXITY`` (the ``val_perplexity`` training writes into stats.json; 42.5 by default).
Each step appends "<step> <pid>" to ``<data_dir>/fake_steps.log`` so tests can see what ran and kill-check it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from imitate.config import Config


def _log(cfg: Config, line: str) -> None:
    with open(Path(cfg.data_dir) / "fake_steps.log", "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def _maybe_fail(step: str) -> None:
    if os.environ.get("FAKE_FAIL_STEP") == step:
        raise RuntimeError(f"fake {step} failure: not enough posts")


def fetch_step(cfg: Config, handles: list[str]) -> str:
    _log(cfg, f"fetch {os.getpid()}")
    return f"fetched {len(handles)} handle(s)"


def train_step(cfg: Config, handles: list[str], output_dir: Path) -> str:
    _log(cfg, f"train {os.getpid()}")
    secret = os.environ.get("FAKE_PRINT_ENV")
    if secret:
        print(f"debug: {secret}={os.environ.get(secret, '')}", flush=True)
    output_dir.mkdir(parents=True, exist_ok=True)
    seconds = float(os.environ.get("FAKE_TRAIN_SECONDS", "0"))
    deadline = time.monotonic() + seconds
    step = 0
    while time.monotonic() < deadline:
        step += 1
        print(f"step {step}", flush=True)
        time.sleep(0.05)
    _maybe_fail("train")
    (output_dir / "config.json").write_text('{"model_type": "gpt2"}', encoding="utf-8")
    (output_dir / "model.safetensors").write_bytes(b"weights")
    perplexity = float(os.environ.get("FAKE_VAL_PERPLEXITY", "42.5"))
    stats = {"name": "-".join(handles), "handles": handles, "val_perplexity": perplexity}
    (output_dir / "stats.json").write_text(json.dumps(stats), encoding="utf-8")
    _log(cfg, f"trained {os.getpid()}")
    return "trained"


def export_step(cfg: Config, name: str, model_dir: Path) -> str:
    _log(cfg, f"export {os.getpid()}")
    _maybe_fail("export")
    variant = model_dir / "onnx" / "fp32"
    variant.mkdir(parents=True, exist_ok=True)
    (variant / "model.onnx").write_bytes(b"onnx")
    (variant / "manifest.json").write_text(json.dumps({"variant": "fp32", "published": True}), encoding="utf-8")
    return "exported fp32"


def gate_step(cfg: Config, name: str, model_dir: Path) -> str:
    """The real gate step measures perplexities with torch; the fake models have none to measure, so the
    gate compares the val_perplexity that train_step wrote (FAKE_VAL_PERPLEXITY)."""
    _log(cfg, f"gate {os.getpid()}")
    return "no comparison (fake models)"


if __name__ == "__main__":  # the worker runs ``python -m tests.fakediscord.fake_steps ...`` (its steps_module)
    import sys

    from bot.jobs.steps import main

    sys.exit(main(steps=sys.modules[__name__]))
