"""Load test: many concurrent ``/imitate`` through the fake Discord against a tiny model.

    python -m bot.loadtest [--requests 50] [--count 5] [--engine onnx|torch] [--json PATH]

It uses the fake Discord of :mod:`bot.fakediscord` (no network beyond loopback). It writes a
tiny random GPT-2 (``trainer.model.save_builtin_model``) to a temporary data folder (and exports it to
ONNX fp32 with ``--engine onnx``), starts the real :class:`bot.main.ImitateBot` against the fake
Discord, sends all requests at once from different users, and reports:

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

STALL_TARGET_MS = 100.0


@dataclass
class Report:
    requests: int
    count: int
    engine: str
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

    def table(self) -> str:
        rows = [
            ("requests (concurrent)", f"{self.requests} x count={self.count}, engine={self.engine}"),
            ("answered", f"{self.answered}/{self.requests} ({self.errors} error replies)"),
            ("latency p50 / p95 / max", f"{self.latency_p50_s:.2f} s / {self.latency_p95_s:.2f} s / {self.latency_max_s:.2f} s"),
            ("wall time", f"{self.wall_s:.2f} s"),
            ("event-loop stall max / p99", f"{self.loop_stall_max_ms:.1f} ms / {self.loop_stall_p99_ms:.1f} ms"
             f" (target < {STALL_TARGET_MS:.0f} ms: {'ok' if self.loop_stall_max_ms < STALL_TARGET_MS else 'MISSED'})"),
            ("heartbeats (interval)", f"{self.heartbeats} ({self.heartbeat_interval_ms} ms)"),
            ("heartbeat late max", f"{self.heartbeat_late_max_ms:.1f} ms"),
            ("generate calls", f"{self.generate_calls} (max_batch={self.max_batch}, workers={self.inference_workers})"),
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


def _prepare_model(cfg, name: str, engine: str) -> None:
    from imitate.modelfolder import model_dir
    from trainer.model import save_builtin_model

    save_builtin_model(model_dir(cfg.data_dir, name), cfg.train.builtin, seed=0)
    if engine == "onnx":
        from export.onnx import export_model

        results = export_model(cfg, name, variants=["fp32"])
        if not any(r.published for r in results):
            raise SystemExit("ONNX export of the tiny model failed: " + "; ".join(r.summary() for r in results))


async def run_load(args: argparse.Namespace, data_dir: Path) -> Report:
    from bot.cache import default_factory
    from bot.fakediscord import FakeDiscord, running_bot
    from imitate.config import load_config, replace

    async with FakeDiscord(heartbeat_interval_ms=args.heartbeat_ms) as fake:
        cfg = load_config(args.config, data_dir=str(data_dir))
        cfg = replace(
            cfg,
            bot=replace(cfg.bot, api_base=fake.api_base, gateway_url=fake.gateway_url, guilds=(fake.guild_id,),
                        cooldown_seconds=0.0, run_worker=False, opt_out=()),
            runtime=replace(cfg.runtime, engine=args.engine),
        )
        await asyncio.to_thread(_prepare_model, cfg, "loadtest", args.engine)
        async with running_bot(cfg, fake, default_factory) as bot:
            await bot.cache.generate("loadtest", "", 1)  # load the model before timing
            ticker = LoopTicker()
            ticker.start()
            beats_before = len(fake.heartbeats)
            calls_before = bot.cache.calls
            started = time.monotonic()
            interactions = await asyncio.gather(*(
                fake.interact("imitate", {"handle": "loadtest", "count": args.count}, user_id=10_000 + i)
                for i in range(args.requests)
            ))

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
            beats = fake.heartbeats[max(0, beats_before - 1):]
            calls = bot.cache.calls - calls_before
    latencies = [t for t, ok in results if t is not None and ok]
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    late = max((g * 1000 - args.heartbeat_ms for g in gaps), default=float("nan"))
    return Report(
        requests=args.requests,
        count=args.count,
        engine=args.engine,
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
        max_batch=cfg.bot.max_batch,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.loadtest", description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--count", type=int, default=5, help="posts per request (1-10)")
    parser.add_argument("--engine", choices=["torch", "onnx"], default="onnx")
    parser.add_argument("--heartbeat-ms", type=int, default=1000, help="gateway heartbeat interval to ask for")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for each answer")
    parser.add_argument("--config", help="config file for the bot's settings (default: built-in defaults)")
    parser.add_argument("--json", type=Path, default=Path(tempfile.gettempdir()) / "imitate-loadtest.json",
                        help="where to write the report (default: %(default)s)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from imitate.logs import setup_logging

    setup_logging("WARNING")
    with tempfile.TemporaryDirectory(prefix="imitate-loadtest-") as tmp:
        report = asyncio.run(run_load(args, Path(tmp)))
    print(report.table())
    args.json.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    print(f"report written to {args.json}")
    return 0 if report.answered == report.requests and report.loop_stall_max_ms < STALL_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
