"""Load test: many concurrent ``/imitate`` through the fake Discord against a tiny model.

    python -m bot.loadtest [--requests 50] [--count 5] [--engine onnx|torch] [--arch tiny|gpt2]
                           [--variant fp32|int8|int4] [--prompts 25] [--max-new-tokens 60] [--workdir DIR]

It uses the fake Discord of :mod:`bot.fakediscord` (no network beyond loopback). It writes a random
GPT-2 (``trainer.model.save_builtin_model``: the config's small built-in one, or with ``--arch gpt2``
the real GPT-2 124M shape as ``export.benchmark`` builds it) to a data folder (temporary, or
``--workdir`` to reuse it between runs), exports it to ONNX (``--variant``) with ``--engine onnx``,
starts the real :class:`bot.main.ImitateBot` against the fake Discord, sends all requests at once from
different users (``--prompts K``: request i asks for prompt i mod K, K distinct prompts; 0: no prompt),
and reports:

- answered: requests whose final message arrived (within ``--timeout``);
- latency p50/p95/max: from INTERACTION_CREATE sent to the bot's final message received;
- event-loop stall: the longest delay of a 10 ms ticker task in the bot's loop (target: under 100 ms);
- heartbeat lateness: how much later than ``heartbeat_interval`` the gateway heartbeats arrived;
- generate calls: how many batched model calls served the requests.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from export.runtime.loading import ONNX_ENGINES  # the engines that serve an exported variant

STALL_TARGET_MS = 100.0


@dataclass
class Report:
    requests: int
    count: int
    engine: str
    arch: str
    variant: str
    kept_tokens: int  # a cut output layer's tokens (--vocabulary); 0: the whole layer
    prompts: int
    answered: int
    errors: int
    latency_p50_s: float
    latency_p95_s: float
    latency_max_s: float
    wall_s: float
    loop_stall_max_ms: float
    loop_stall_p99_ms: float
    heartbeat_interval_ms: int
    heartbeats: int
    heartbeat_late_max_ms: float
    generate_calls: int
    inference_workers: int
    max_batch: int
    decode_steps: int
    peak_rows: int

    def table(self) -> str:
        rows = [
            (
                "requests (concurrent)",
                f"{self.requests} x count={self.count}, engine={self.engine} "
                f"{self.variant}, arch={self.arch}, {self.prompts} distinct prompts",
            ),
            ("output layer", f"cut to {self.kept_tokens} tokens + escape" if self.kept_tokens else "whole"),
            ("answered", f"{self.answered}/{self.requests} ({self.errors} error replies)"),
            (
                "latency p50 / p95 / max",
                f"{self.latency_p50_s:.2f} s / {self.latency_p95_s:.2f} s / {self.latency_max_s:.2f} s",
            ),
            ("wall time", f"{self.wall_s:.2f} s"),
            (
                "event-loop stall max / p99",
                f"{self.loop_stall_max_ms:.1f} ms / {self.loop_stall_p99_ms:.1f} ms"
                f" (target < {STALL_TARGET_MS:.0f} ms: "
                f"{'ok' if self.loop_stall_max_ms < STALL_TARGET_MS else 'MISSED'})",
            ),
            ("heartbeats (interval)", f"{self.heartbeats} ({self.heartbeat_interval_ms} ms)"),
            ("heartbeat late max", f"{self.heartbeat_late_max_ms:.1f} ms"),
            ("requests to the model", f"{self.generate_calls} (runtime.max_batch={self.max_batch})"),
            ("decode steps (peak rows)", f"{self.decode_steps} ({self.peak_rows})"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class LoopTicker:
    """Measures how late a 10 ms sleep wakes up: the event loop's stalls."""

    def __init__(self, period: float = 0.01) -> None:
        self.period = period
        self.delays: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(self.period)
            self.delays.append(max(0.0, time.perf_counter() - start - self.period))

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass


PROMPT_WORDS = (
    "bread oven flour morning market sourdough butter crust yeast warm kitchen sunny friends coffee "
    "cake rye starter proof knead bake loaf honey"
).split()


def prompts(count: int) -> list[str]:
    """``count`` distinct short prompts (two words each); none for 0."""
    pairs = [f"{a} {b}" for a in PROMPT_WORDS for b in PROMPT_WORDS if a != b]
    return [pairs[(i * 37) % len(pairs)].capitalize() for i in range(count)]


def _prepare_in_child(cfg, name: str, args: argparse.Namespace) -> None:
    """:func:`_prepare_model` in a process of its own. An export leaves this process with the imports and
    leftovers of torch, transformers and optimum (hundreds of thousands of objects), and the collector's full
    passes over them stalled the bot's loop by up to 475 ms during the burst that followed. The bot itself
    never exports in its process (its worker runs each step as a subprocess), so neither does its test."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(_prepare_model, cfg, name, args).result()


def _prepare_model(cfg, name: str, args: argparse.Namespace) -> None:
    from export.benchmark import ARCHS
    from imitate.config import BuiltinModelConfig
    from imitate.modelfolder import model_dir, published_variants
    from trainer.model import save_builtin_model

    folder = model_dir(cfg.data_dir, name)
    if not (folder / "config.json").is_file():
        arch = BuiltinModelConfig(**ARCHS["gpt2"]) if args.arch == "gpt2" else cfg.train.builtin
        save_builtin_model(folder, arch, seed=0)
    settings = folder / "generation_config.json"
    saved = json.loads(settings.read_text(encoding="utf-8")) if settings.is_file() else {}
    saved.pop("max_length", None)
    if args.max_new_tokens:  # max_length counts the prefix and the prompt: up to 60 new tokens for a short prompt
        saved["max_length"] = args.max_new_tokens + 4
    settings.write_text(json.dumps(saved, indent=2), encoding="utf-8")
    if args.engine in ONNX_ENGINES and args.variant not in published_variants(folder):
        from export.onnx import export_model

        results = export_model(cfg, name, variants=sorted({"fp32", args.variant}))
        if not any(r.published for r in results):
            raise SystemExit("ONNX export of the model failed: " + "; ".join(r.summary() for r in results))
    if args.engine in ONNX_ENGINES:
        _set_vocabulary(folder, args)


def _set_vocabulary(folder: Path, args: argparse.Namespace) -> None:
    """The random model's output layer: cut to ``--vocabulary``'s tokens (as a trained model's export would
    cut it, with ``--escape-share``), or whole (the model has no training posts, so its export cut nothing)."""
    from export.runtime.vocabulary import vocabulary_path
    from export.vocabulary import from_posts
    from imitate import modelfolder

    variant = modelfolder.variant_dir(folder, args.variant)
    with modelfolder.lock(folder):
        if args.vocabulary:
            from_posts(folder, args.vocabulary, args.escape_share).save(variant, {"posts": str(args.vocabulary)})
        else:
            vocabulary_path(variant).unlink(missing_ok=True)


async def run_load(args: argparse.Namespace, data_dir: Path) -> Report:
    from bot.cache import default_factory
    from bot.fakediscord import FakeDiscord, running_bot
    from imitate.config import load_config, replace

    async with FakeDiscord(heartbeat_interval_ms=args.heartbeat_ms) as fake:
        cfg = load_config(args.config, data_dir=str(data_dir))
        cfg = replace(
            cfg,
            bot=replace(
                cfg.bot,
                api_base=fake.api_base,
                gateway_url=fake.gateway_url,
                guilds=(fake.guild_id,),
                cooldown_seconds=0.0,
                run_worker=False,
                opt_out=(),
            ),
            runtime=replace(
                cfg.runtime, engine=args.engine, variant=args.variant if args.engine in ONNX_ENGINES else "auto"
            ),
        )
        await asyncio.to_thread(_prepare_in_child, cfg, "loadtest", args)
        texts = prompts(args.prompts)
        async with running_bot(cfg, fake, default_factory) as bot:
            await bot.cache.generate("loadtest", "", 1)  # load the model before timing
            ticker = LoopTicker()
            ticker.start()
            beats_before = len(fake.heartbeats)
            calls_before = bot.cache.calls
            started = time.monotonic()
            interactions = await asyncio.gather(
                *(
                    fake.interact("imitate", _options(args.count, texts, i), user_id=10_000 + i)
                    for i in range(args.requests)
                )
            )

            async def latency(interaction) -> tuple[float | None, bool]:
                try:
                    reply = await fake.reply_to(interaction, timeout=args.timeout)
                except TimeoutError:
                    return None, False
                return reply.at - interaction.sent_at, not reply.ephemeral

            results = await asyncio.gather(*(latency(i) for i in interactions))
            wall = time.monotonic() - started
            await asyncio.sleep(args.heartbeat_ms / 1000 * 1.5)  # one more heartbeat after the burst
            await ticker.stop()
            beats = fake.heartbeats[max(0, beats_before - 1) :]
            calls = bot.cache.calls - calls_before
            generator = bot.cache._entries["loadtest"].generator
            scheduler = getattr(generator, "scheduler", None)
            columns = getattr(getattr(generator, "backend", None), "columns", None)
            kept = len(columns) - 1 if columns is not None else 0  # 0: the whole layer
            steps, peak = (scheduler.steps, scheduler.peak_rows) if scheduler is not None else (0, 0)
    latencies = [t for t, ok in results if t is not None and ok]
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    late = max((g * 1000 - args.heartbeat_ms for g in gaps), default=float("nan"))
    return Report(
        requests=args.requests,
        count=args.count,
        engine=args.engine,
        arch=args.arch,
        variant=args.variant if args.engine in ONNX_ENGINES else "fp32",
        kept_tokens=kept,
        prompts=args.prompts,
        answered=len(latencies),
        errors=sum(1 for t, ok in results if t is not None and not ok),
        latency_p50_s=statistics.median(latencies) if latencies else float("nan"),
        latency_p95_s=_percentile(latencies, 0.95),
        latency_max_s=max(latencies, default=float("nan")),
        wall_s=wall,
        loop_stall_max_ms=max(ticker.delays, default=0.0) * 1000,
        loop_stall_p99_ms=_percentile(ticker.delays, 0.99) * 1000,
        heartbeat_interval_ms=args.heartbeat_ms,
        heartbeats=len(gaps),
        heartbeat_late_max_ms=max(0.0, late),
        generate_calls=calls,
        inference_workers=cfg.bot.inference_workers,
        max_batch=cfg.runtime.max_batch,
        decode_steps=steps,
        peak_rows=peak,
    )


def _options(count: int, texts: list[str], i: int) -> dict[str, object]:
    options: dict[str, object] = {"handle": "loadtest", "count": count}
    if texts:
        options["prompt"] = texts[i % len(texts)]
    return options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.loadtest", description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--count", type=int, default=5, help="posts per request (1-10)")
    parser.add_argument(
        "--engine", choices=["torch", *ONNX_ENGINES], default="onnx", help="native: the int4 variant (--variant int4)"
    )
    parser.add_argument(
        "--arch",
        choices=["tiny", "gpt2"],
        default="tiny",
        help="tiny: the config's small built-in GPT-2; gpt2: random GPT-2 124M (default tiny)",
    )
    parser.add_argument("--variant", choices=["fp32", "int8", "int4"], default="fp32", help="ONNX variant to serve")
    parser.add_argument("--prompts", type=int, default=0, help="distinct prompts (request i: prompt i mod K); 0: none")
    parser.add_argument(
        "--max-new-tokens",
        type=int,
        default=0,
        help="cap the model's max_length to this many new tokens (0: the model's own)",
    )
    parser.add_argument("--workdir", type=Path, help="data folder to keep the model in (reused next time)")
    parser.add_argument(
        "--vocabulary",
        type=Path,
        help="a posts file whose tokens the output layer is cut to (int8/int4; default: the whole layer)",
    )
    parser.add_argument("--escape-share", type=float, default=0.05, help="the cut's escape share (default 0.05)")
    parser.add_argument("--heartbeat-ms", type=int, default=1000, help="gateway heartbeat interval to ask for")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for each answer")
    parser.add_argument("--config", help="config file for the bot's settings (default: built-in defaults)")
    parser.add_argument(
        "--json",
        type=Path,
        default=Path(tempfile.gettempdir()) / "imitate-loadtest.json",
        help="where to write the report (default: %(default)s)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.engine == "native" and args.variant != "int4":
        parser.error("--engine native serves the int4 variant: add --variant int4")
    from imitate.logs import setup_logging

    setup_logging("WARNING")
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        report = asyncio.run(run_load(args, args.workdir.resolve()))
    else:
        with tempfile.TemporaryDirectory(prefix="imitate-loadtest-") as tmp:
            report = asyncio.run(run_load(args, Path(tmp)))
    print(report.table())
    args.json.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    print(f"report written to {args.json}")
    return 0 if report.answered == report.requests and report.loop_stall_max_ms < STALL_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
