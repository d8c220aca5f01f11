"""The ``imitate`` command: each subcommand parses its flags and forwards to one typed function.

Errors that the user can fix (bad input, missing token, too little data, ...) print one line and exit 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from imitate import modelfolder
from imitate.config import Config, load_config
from imitate.errors import UserError
from imitate.logs import setup_logging
from imitate.modelfolder import model_dir
from imitate.paths import parse_model_name

logger = logging.getLogger("imitate")


# --- subcommands: a few lines each over a typed function ------------------------------------------


def cmd_fetch(cfg: Config, args: argparse.Namespace) -> int:
    from trainer.fetch import fetch

    for handle in args.handles or [None]:
        result = fetch(
            cfg,
            handle,
            archive=args.archive,
            file=args.file,
            text_column=args.text_column,
            author=args.author,
        )
        print(result.summary())
    return 0


def cmd_train(cfg: Config, args: argparse.Namespace) -> int:
    from trainer.train import train

    result = train(cfg, args.handles, resume=not args.no_resume)
    print(result.summary())
    return 0


def cmd_generate(cfg: Config, args: argparse.Namespace) -> int:
    from export.runtime import load_generator

    generator = load_generator(cfg, args.name, engine=args.engine, variant=args.variant)
    try:
        posts = generator.generate(args.prompt, n=args.n, seed=args.seed)
    finally:
        generator.close()
    if args.json:
        print(json.dumps(posts, ensure_ascii=False))
    else:
        for post in posts:
            print(f"- {post}")
    return 0


def cmd_export(cfg: Config, args: argparse.Namespace) -> int:
    from export.onnx import export_model

    results = export_model(cfg, args.name, variants=args.variant or None, device=args.device)
    for result in results:
        print(result.summary())
    return 0 if all(r.published for r in results) else 1


def cmd_eval(cfg: Config, args: argparse.Namespace) -> int:
    from export.evaluate import evaluate

    result = evaluate(cfg, args.name, samples=args.samples, json_path=args.json, png_path=args.png)
    print(result.table())
    if result.note:
        print(f"note: {result.note}")
    print(f"wrote {result.json_path}, {result.png_path} and the model card's Quality section")
    return 0


def cmd_rollback(cfg: Config, args: argparse.Namespace) -> int:
    name = parse_model_name(args.name)
    modelfolder.rollback(model_dir(cfg.data_dir, name))
    print(
        f"{name}: the previous model is back in place; the replaced one is kept as {name}.previous "
        f"(`imitate rollback {name}` again undoes this). A running bot picks it up at its next request."
    )
    return 0


def cmd_forget(cfg: Config, args: argparse.Namespace) -> int:
    import asyncio

    from bot.jobs.forget import forget_handle
    from bot.jobs.store import SqliteJobStore

    async def run() -> str:
        async with SqliteJobStore(cfg.database_path) as store:
            outcome = await forget_handle(cfg, store, args.handle, requester_id=0)
        return outcome.summary()

    print(asyncio.run(run()))
    return 0


def cmd_demo(cfg: Config, args: argparse.Namespace) -> int:
    from imitate.demo import run_demo

    run_demo(cfg)
    return 0


def cmd_bot(cfg: Config, args: argparse.Namespace) -> int:
    from bot.main import run_bot

    return run_bot(cfg)


def cmd_worker(cfg: Config, args: argparse.Namespace) -> int:
    from bot.jobs.worker import run_worker_forever
    from bot.progress import discord_notifier

    return run_worker_forever(cfg, discord_notifier(cfg))


def cmd_retrain(cfg: Config, args: argparse.Namespace) -> int:
    import asyncio

    from bot.jobs.operator import queue_retrain

    job, created = asyncio.run(queue_retrain(cfg, args.handles))
    if created:
        print(f"queued job #{job.id} to retrain {job.handle}; a worker sharing the job database will run it")
    else:
        print(f"{job.handle} already has job #{job.id} ({job.state.value})")
    return 0


def cmd_jobs(cfg: Config, args: argparse.Namespace) -> int:
    import asyncio

    from bot.jobs.operator import job_table, jobs_json, list_jobs

    jobs = asyncio.run(list_jobs(cfg, args.limit))
    print(jobs_json(jobs) if args.json else job_table(jobs))
    return 0


def cmd_cancel(cfg: Config, args: argparse.Namespace) -> int:
    import asyncio

    from bot.jobs.operator import cancel_job

    job = asyncio.run(cancel_job(cfg, args.job_id))
    print(f"cancelled job #{job.id} ({job.handle}); a running step is stopped at its next heartbeat")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="imitate", description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="config file (default: $IMITATE_CONFIG, else ./config.toml)")
    parser.add_argument("--data-dir", help="override data_dir from the config")
    parser.add_argument("--log-level", help="override log_level from the config")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("fetch", help="download or import an account's posts into <data_dir>/tweets/")
    p.add_argument("handles", nargs="*", help="X handle(s); with --archive, taken from account.js when omitted")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--archive", type=Path, help="official X archive: the .zip, its folder, or tweets.js")
    source.add_argument("--file", type=Path, help="a CSV, JSON (array) or JSONL file of posts")
    p.add_argument("--text-column", help="column holding the text (default: detect text/full_text/Text/tweet)")
    p.add_argument("--author", help="keep only rows whose author column matches this")
    p.set_defaults(func=cmd_fetch)

    p = sub.add_parser("train", help="fine-tune the base model on 1-3 handles' posts")
    p.add_argument("handles", nargs="+")
    p.add_argument("--no-resume", action="store_true", help="ignore a checkpoint of an interrupted run")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("generate", help="write posts in the style of a trained model")
    p.add_argument("name", help="model name (its handles joined by '-')")
    p.add_argument("prompt", nargs="?", default="")
    p.add_argument("-n", type=int, default=5, help="number of posts (default 5)")
    p.add_argument("--seed", type=int)
    p.add_argument(
        "--engine",
        choices=["auto", "onnx", "native", "torch"],
        help="default runtime.engine (auto: onnx or native on the CPU when exported, else torch; torch on CUDA)",
    )
    p.add_argument("--variant", help="ONNX variant (default: the best exported one)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("export", help="export a trained model to ONNX variants, checked against PyTorch")
    p.add_argument("name")
    p.add_argument("--variant", action="append", help="fp32, int8, fp16, int4 (repeatable; default: config)")
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("eval", help="how well a model imitates its account, and how much it copies")
    p.add_argument("name", help="model name (its handles joined by '-')")
    p.add_argument("--samples", type=int, default=200, help="posts to generate (default 200)")
    p.add_argument("--json", type=Path, help="figures as JSON (default <data_dir>/eval/NAME.json)")
    p.add_argument("--png", type=Path, help="the plot (default <data_dir>/eval/NAME.png)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("rollback", help="put a model's previous version back (a second rollback undoes it)")
    p.add_argument("name", help="model name (its handles joined by '-')")
    p.set_defaults(func=cmd_rollback)

    p = sub.add_parser("forget", help="delete a handle's posts and every model, checkpoint and W&B run made from them")
    p.add_argument("handle", help="an X handle, or a Discord member's discord-<guild id>-<user id>")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("demo", help="the whole path offline on a bundled sample archive")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("bot", help="run the Discord bot (token from DISCORD_TOKEN)")
    p.set_defaults(func=cmd_bot)

    p = sub.add_parser("worker", help="run the retraining worker alone, sharing the job database")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("retrain", help="queue a retraining job, as /retrain does (a worker runs it)")
    p.add_argument("handles", nargs="+", help="X handle(s) of the model")
    p.set_defaults(func=cmd_retrain)

    p = sub.add_parser("jobs", help="list the retraining jobs: state, attempts, worker, error")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--limit", type=int, default=20, help="most recent jobs to show (default 20)")
    p.set_defaults(func=cmd_jobs)

    p = sub.add_parser("cancel", help="cancel a queued or running retraining job")
    p.add_argument("job_id", type=int)
    p.set_defaults(func=cmd_cancel)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cfg = load_config(args.config, data_dir=args.data_dir, log_level=args.log_level)
        setup_logging(cfg.log_level)
        func: Callable[[Config, argparse.Namespace], int] = args.func
        return func(cfg, args)
    except UserError as exc:
        print(f"imitate {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"imitate {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
