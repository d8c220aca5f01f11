"""Training throughput of the GPT-2 124M architecture here: fp32 against bf16 autocast.

    python -m trainer.benchmark [--steps N] [--seq 1024] [--batch 1] [--device cpu|cuda] [--json PATH]

A randomly initialised ``GPT2Config()`` (124M parameters, the real 50,257-token vocabulary) takes full
training steps (forward, backward, AdamW) on random token ids. The precisions alternate step by step
in one process, so both see the same machine state. It prints a table, estimates how long the
seed-sized job (huggingtweets' example: 575 kept posts, 4 epochs, blocks of 1024) would take, and
writes the figures as JSON. Tokens per post come from the real corpora in ``../shared/data/tweets``
(cleaned with imitate's rules, GPT-2 tokens plus one ``<|endoftext|>``) when they are there, else
from ``--tokens-per-post`` (default: an assumed 25).

Not a test: it takes minutes on a CPU.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import torch

from imitate import hardware

logger = logging.getLogger(__name__)

SEED_POSTS = 575
SEED_EPOCHS = 4
ASSUMED_TOKENS_PER_POST = 25.0
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tweets"


# --- the measurement -----------------------------------------------------------------------------------


def build_model(device: torch.device, seed: int = 0):
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(seed)
    # 124M: 12 layers, 768 wide, 1024 positions. The ignore: transformers decorates PreTrainedModel.to
    # with functools.wraps, whose typeshed type (_Wrapped) is no descriptor, so mypy does not bind self.
    model = GPT2LMHeadModel(GPT2Config()).to(device)  # type: ignore[arg-type]
    model.train()
    return model


def timed_step(model, optimizer, batch: torch.Tensor, precision: str, device: torch.device) -> float:
    """One full training step; seconds of wall time (synchronised on CUDA)."""
    if device.type == "cuda":
        torch.cuda.synchronize()
    start = time.perf_counter()
    with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=precision == "bf16"):
        loss = model(input_ids=batch, labels=batch).loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    if device.type == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def measure(
    device: torch.device, precisions: Sequence[str], steps: int, warmup: int, seq: int, batch: int
) -> dict[str, list[float]]:
    """Step times per precision, the precisions alternating step by step after ``warmup`` untimed steps each."""
    model = build_model(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=device.type == "cuda" or None)
    generator = torch.Generator().manual_seed(0)
    data = torch.randint(0, model.config.vocab_size, (batch, seq), generator=generator).to(device)
    times: dict[str, list[float]] = {p: [] for p in precisions}
    for round_ in range(warmup + steps):
        for precision in precisions:
            seconds = timed_step(model, optimizer, data, precision, device)
            if round_ >= warmup:
                times[precision].append(seconds)
            logger.info("%s step %d: %.2f s%s", precision, round_ + 1, seconds, " (warm-up)" if round_ < warmup else "")
    return times


# --- tokens per post from the real corpora ------------------------------------------------------------------


def _corpus_texts(folder: Path) -> Iterator[tuple[str, str]]:
    """(text, source) of each post in the three shared corpora (see their README); retweets marked by text."""
    csv.field_size_limit(10**7)
    dril = folder / "dril" / "dril_tweets.csv"
    if dril.is_file():
        with dril.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row.get("Text", ""), "dril"
    elon = folder / "elonmusk" / "Tweet.csv"
    if elon.is_file():
        with elon.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("author_id") == "44196397":
                    yield row.get("text", ""), "elonmusk"
    for path in sorted((folder / "realdonaldtrump").glob("condensed_*.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            text = row.get("text", "")
            yield ("RT @" + text) if row.get("is_retweet") else text, "realdonaldtrump"


def corpus_tokens_per_post(folder: Path) -> tuple[float, dict[str, Any]] | None:
    """Mean GPT-2 tokens (+1 for ``<|endoftext|>``) of a kept post, cleaned with imitate's rules."""
    if not folder.is_dir():
        return None
    from imitate.config import CleanConfig
    from trainer.clean import clean_text, is_short
    from trainer.model import load_gpt2_tokenizer

    min_words = CleanConfig().min_words
    kept: dict[str, list[str]] = {}
    for text, source in _corpus_texts(folder):
        if text.lstrip().startswith("RT @"):
            continue
        cleaned = clean_text(text)
        if not is_short(cleaned, min_words):
            kept.setdefault(source, []).append(cleaned)
    if not kept:
        return None
    tokenizer = load_gpt2_tokenizer()
    per_source = {}
    all_counts: list[int] = []
    for source, texts in kept.items():
        counts = [len(ids) + 1 for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
        per_source[source] = {"posts": len(counts), "tokens_per_post": round(statistics.fmean(counts), 2)}
        all_counts.extend(counts)
    # Mean of the per-account means, so the largest corpus does not decide alone.
    mean = statistics.fmean(v["tokens_per_post"] for v in per_source.values())
    return mean, {"corpus": str(folder), "accounts": per_source, "posts": len(all_counts)}


# --- the estimate -------------------------------------------------------------------------------------------


def seed_job_estimate(
    tokens_per_post: float,
    step_seconds: dict[str, float],
    seq: int,
    batch: int,
    posts: int = SEED_POSTS,
    epochs: int = SEED_EPOCHS,
    val_fraction: float = 0.1,
) -> dict[str, Any]:
    """Steps and wall time of the seed-sized job at the measured step times (validation not counted)."""
    train_posts = posts - max(1, round(posts * val_fraction))
    tokens_per_epoch = train_posts * tokens_per_post + 1
    blocks = max(1, math.floor(tokens_per_epoch / seq))
    steps = math.ceil(blocks / batch) * epochs
    return {
        "posts": posts,
        "train_posts": train_posts,
        "epochs": epochs,
        "tokens_per_post": round(tokens_per_post, 2),
        "tokens_per_epoch": round(tokens_per_epoch),
        "blocks_per_epoch": blocks,
        "steps": steps,
        "seconds": {p: round(steps * s, 1) for p, s in step_seconds.items()},
    }


# --- report ---------------------------------------------------------------------------------------------------


def machine_info(device: torch.device) -> dict[str, Any]:
    import transformers

    info = {
        "device": str(device),
        "cpu_model": hardware.cpu_name(),
        "cpu_count": os.cpu_count(),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "python": platform.python_version(),
    }
    if device.type == "cpu":
        info["cpu_bf16"] = hardware.cpu_has_native_bf16()
    else:
        info["gpu"] = torch.cuda.get_device_name(device)
    return info


def format_report(report: dict[str, Any]) -> str:
    m, est = report["machine"], report["estimate"]
    where = m.get("gpu") or f"{m['cpu_model']}, {m['threads']} threads"
    lines = [
        f"GPT-2 124M training step, batch {report['batch']} x {report['seq']} tokens, on {report['machine']['device']} "
        f"({where}), torch {m['torch']}, {report['steps']} timed steps each",
        "",
        "| precision | median step (s) | tokens/s (median) | tokens/s (best step) | vs fp32 |",
        "| --- | --- | --- | --- | --- |",
    ]
    base = report["results"].get("fp32", {}).get("tokens_per_second")
    for precision, r in report["results"].items():
        ratio = f"{r['tokens_per_second'] / base:.2f}x" if base else "-"
        lines.append(
            f"| {precision} | {r['median_step_seconds']:.3f} | {r['tokens_per_second']:,.0f} | "
            f"{r['best_tokens_per_second']:,.0f} | {ratio} |"
        )
    lines += [
        "",
        f"Seed-sized job: {est['posts']} posts ({est['train_posts']} for training) x {est['tokens_per_post']} tokens "
        f"({report['tokens_per_post_source']}), {est['epochs']} epochs = {est['steps']} steps of "
        f"{report['batch']} x {report['seq']} tokens:",
    ]
    for precision, seconds in est["seconds"].items():
        lines.append(f"  {precision}: about {_duration(seconds)}")
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"


def run_benchmark(
    device: str = "cpu",
    steps: int = 3,
    warmup: int = 1,
    seq: int = 1024,
    batch: int = 1,
    precisions: Sequence[str] = ("fp32", "bf16"),
    threads: int = 0,
    corpus: Path | None = DEFAULT_CORPUS,
    tokens_per_post: float | None = None,
) -> dict[str, Any]:
    """Measure and estimate; returns the report (also what ``--json`` writes)."""
    if threads:
        torch.set_num_threads(threads)
    dev = torch.device(hardware.resolve_device(device, strict=True, what="--device"))
    if dev.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # what training does for fp32 on a GPU
    times = measure(dev, precisions, steps, warmup, seq, batch)
    results: dict[str, dict[str, Any]] = {
        p: {
            "step_seconds": [round(t, 4) for t in ts],
            "median_step_seconds": statistics.median(ts),
            "tokens_per_second": batch * seq / statistics.median(ts),
            "best_tokens_per_second": batch * seq / min(ts),
        }
        for p, ts in times.items()
    }
    source: str
    corpus_info = None
    if tokens_per_post is not None:
        source = "given with --tokens-per-post"
    else:
        found = corpus_tokens_per_post(corpus) if corpus else None
        if found:
            tokens_per_post, corpus_info = found
            source = "mean of the real corpora's kept posts"
        else:
            tokens_per_post, source = ASSUMED_TOKENS_PER_POST, "assumed; corpora not found"
    estimate = seed_job_estimate(tokens_per_post, {p: r["median_step_seconds"] for p, r in results.items()}, seq, batch)
    return {
        "machine": machine_info(dev),
        "seq": seq,
        "batch": batch,
        "steps": steps,
        "warmup": warmup,
        "results": results,
        "tokens_per_post_source": source,
        "corpus": corpus_info,
        "estimate": estimate,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trainer.benchmark", description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3, help="timed steps per precision (default 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed steps per precision first (default 1)")
    parser.add_argument("--seq", type=int, default=1024, help="tokens per sequence (default 1024)")
    parser.add_argument("--batch", type=int, default=1, help="sequences per step (default 1)")
    parser.add_argument("--device", default=hardware.resolve_device("auto"), choices=["cpu", "cuda"])
    parser.add_argument(
        "--precision", action="append", choices=["fp32", "bf16"], help="repeatable (default: fp32 and bf16)"
    )
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (default: torch's choice)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared tweet corpora folder")
    parser.add_argument("--tokens-per-post", type=float, help="skip the corpora and use this average")
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S", stream=sys.stderr)
    report = run_benchmark(
        args.device,
        args.steps,
        args.warmup,
        args.seq,
        args.batch,
        tuple(args.precision or ("fp32", "bf16")),
        args.threads,
        args.corpus,
        args.tokens_per_post,
    )
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
