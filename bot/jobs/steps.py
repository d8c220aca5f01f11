"""One step of a retraining job, run by the worker as a subprocess: ``python -m bot.jobs.steps``.

    python -m bot.jobs.steps --config JOB.toml fetch HANDLE...
    python -m bot.jobs.steps --config JOB.toml train --output STAGING HANDLE...
    python -m bot.jobs.steps --config JOB.toml export --model-dir STAGING NAME

``train`` writes into the staging folder (``trainer.train.train(..., output_dir=STAGING)``) and ``export``
exports that folder (``export.onnx.export_model(..., model_dir=STAGING)``); the worker publishes it as a
whole afterwards, so the served model is never half-written. The steps call the public functions of
trainer and export. Another module with the same three functions (``fetch_step``, ``train_step``,
``export_step``, see :class:`StepFunctions`) can run them through ``main(argv, steps=module)``: the
worker's ``steps_module`` names the module it runs, which is how the tests get a fast fake pipeline.

On Linux the step asks the kernel to kill it when the worker dies (``PR_SET_PDEATHSIG``), so a worker
killed with SIGKILL leaves no orphan writing into the staging folder while the job is retried.
The last line of a failed step is ``error: <reason>``, which the worker shows to the requester.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from imitate.config import Config, load_config
from imitate.logs import setup_logging

logger = logging.getLogger(__name__)

PARENT_ENV = "IMITATE_JOBRUN_PARENT"
X_TOKEN_ENV = ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN")


def x_token_available() -> bool:
    """An X API token is in the environment (the worker fetches; the schedule fetches new posts)."""
    return any(os.environ.get(name, "").strip() for name in X_TOKEN_ENV)


# --- the real steps ---------------------------------------------------------------------------------


def fetch_step(cfg: Config, handles: list[str]) -> str:
    from trainer.fetch import fetch

    return "\n".join(fetch(cfg, handle).summary() for handle in handles)


def train_step(cfg: Config, handles: list[str], output_dir: Path) -> str:
    from trainer.train import train

    return train(cfg, handles, output_dir=output_dir, resume=True).summary()


def export_step(cfg: Config, name: str, model_dir: Path) -> str:
    from export.onnx import export_model

    results = export_model(cfg, name, model_dir=model_dir)
    summary = "\n".join(r.summary() for r in results)
    if not any(r.published for r in results):
        raise RuntimeError(f"no ONNX variant passed its checks:\n{summary}")
    return summary


def gate_step(cfg: Config, name: str, model_dir: Path) -> str:
    """Score the retrained model and the serving one on the new model's held-out posts (``imitate eval``'s
    fit figure) into ``stats.json``'s ``gate``, which the worker's quality gate compares at publish."""
    from export.evaluate import EvalError, compare_fit
    from imitate import modelfolder

    serving = modelfolder.model_dir(cfg.data_dir, name)
    if not modelfolder.has_weights(serving):
        return "nothing serving yet: no comparison"
    try:
        figures = compare_fit(cfg, model_dir, serving)
    except EvalError as exc:  # too few held-out posts: the gate falls back to the validation perplexities
        return f"no comparison ({exc})"
    modelfolder.write_stats(model_dir, {**modelfolder.read_stats(model_dir), "gate": figures})
    return (
        f"held-out perplexity {figures['perplexity']:.2f} (serving model: {figures['serving_perplexity']:.2f}) "
        f"on {figures['held_out_posts']} posts"
    )


# --- config file for the subprocess -------------------------------------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (str, Path)):
        return json.dumps(str(value))  # JSON string escapes are valid TOML basic-string escapes
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def config_to_toml(cfg: Any, table: str = "") -> str:
    """A TOML text that ``load_config`` reads back into an equal config (data_dir made absolute)."""
    scalars: list[str] = []
    tables: list[str] = []
    for field in dataclasses.fields(cfg):
        value = getattr(cfg, field.name)
        if field.name == "data_dir":
            value = Path(value).resolve()
        if dataclasses.is_dataclass(value):
            tables.append(config_to_toml(value, f"{table}.{field.name}" if table else field.name))
        else:
            scalars.append(f"{field.name} = {_toml_value(value)}")
    head = [f"[{table}]"] if table else []
    return "\n".join(head + scalars) + "\n\n" + "".join(tables)


# --- process set-up ---------------------------------------------------------------------------------


def die_with_parent() -> None:
    """Linux: get SIGKILL when the worker that started us dies; exit now if it is already gone."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl: the worker's heartbeat still guards
        return
    expected = os.environ.get(PARENT_ENV)
    if expected and os.getppid() != int(expected):
        os._exit(1)  # the worker died before prctl took effect


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.jobs.steps", description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("fetch")
    p.add_argument("handles", nargs="+")
    p = sub.add_parser("train")
    p.add_argument("--output", type=Path, required=True)
    p.add_argument("handles", nargs="+")
    p = sub.add_parser("export")
    p.add_argument("--model-dir", type=Path, required=True)
    p.add_argument("name")
    p = sub.add_parser("gate")
    p.add_argument("--model-dir", type=Path, required=True)
    p.add_argument("name")
    return parser


class StepFunctions(Protocol):
    """What a steps module provides (this one, or a test's fake)."""

    def fetch_step(self, cfg: Config, handles: list[str]) -> str: ...
    def train_step(self, cfg: Config, handles: list[str], output_dir: Path) -> str: ...
    def export_step(self, cfg: Config, name: str, model_dir: Path) -> str: ...
    def gate_step(self, cfg: Config, name: str, model_dir: Path) -> str: ...


def run_step(cfg: Config, args: argparse.Namespace, steps: Any) -> str:
    if args.step == "fetch":
        return steps.fetch_step(cfg, args.handles)
    if args.step == "train":
        return steps.train_step(cfg, args.handles, args.output)
    if args.step == "gate":
        return steps.gate_step(cfg, args.name, args.model_dir)
    return steps.export_step(cfg, args.name, args.model_dir)


def main(argv: Sequence[str] | None = None, steps: StepFunctions | None = None) -> int:
    """Run one step; ``steps`` defaults to this module's real ones."""
    die_with_parent()
    args = build_parser().parse_args(argv)
    try:
        cfg = load_config(args.config)
        setup_logging(cfg.log_level)
        print(run_step(cfg, args, steps or sys.modules[__name__]), flush=True)
        return 0
    except KeyboardInterrupt:
        print("error: interrupted", flush=True)
        return 130
    except Exception as exc:  # noqa: BLE001 - reported to the worker as the step's last line
        traceback.print_exc(file=sys.stdout)  # kept in the job's log tail
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"error: {message}", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
