"""How fast each variant decodes on this machine, measured when it is exported; ``auto`` serves the fastest.

Which quantized variant is fastest depends on the CPU: on a Zen 4 EPYC int4 ran 3x CTranslate2, on an
Intel Xeon with AMX int8 led at batch 8 and int4 at batch 1. So the exporter times each published
variant's decode loop (the runtime's own engine, greedy steps at batch 1 and at the bot's batch) and
writes the figures with the CPU's name into the variant's manifest. ``runtime.variant = "auto"`` then
takes the fastest at the bot's batch among the variants measured on the same kind of CPU
(:func:`~imitate.hardware.cpu_identity`: its name, family, model and kernel instruction sets, since a Zen 3
and a Zen 4 EPYC share the name ``AMD EPYC``), and falls back to the fixed order (int8, int4, fp32) when
the figures come from another kind of machine.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import numpy as np

from export.manifest import read_manifest
from export.runtime.shared_cache import onnx_engine
from export.runtime.vocabulary import greedy
from imitate.hardware import cpu_identity, cpu_name, physical_cores

logger = logging.getLogger(__name__)

MANIFEST_KEY = "speed"
BATCHES = (1, 8)  # batch 1, and about the bot's five posts
RANKED_BY = "b8_tokens_per_s"
IDENTITY = "cpu_identity"  # what a variant's figures must match to count here
STEPS = 24
PROMPT = [50256, 3666, 4320, 318]  # "<|endoftext|>My dream is"


def measure(folder: Path, threads: int = 0, steps: int = STEPS) -> dict[str, Any]:
    """Greedy decode tokens/s of the variant in ``folder`` at each of :data:`BATCHES` (best of two rounds)."""
    threads = threads or physical_cores()
    engine = onnx_engine(Path(folder), threads, "cpu")
    figures: dict[str, Any] = {
        "cpu": cpu_name(),
        IDENTITY: cpu_identity(),
        "threads": threads,
        "steps": steps,
        "engine": type(engine).__name__,
    }
    try:
        for batch in BATCHES:
            figures[f"b{batch}_tokens_per_s"] = round(max(_decode(engine, batch, steps) for _ in range(2)), 1)
    finally:
        engine.close()
    return figures


def _decode(engine: Any, batch: int, steps: int) -> float:
    logits, past = engine.prefill(PROMPT, len(PROMPT) + steps + 1)
    lengths = np.full(batch, len(PROMPT), np.int64)
    past = engine.gather([(past, np.zeros(batch, np.int64), len(PROMPT))], len(PROMPT))
    columns = getattr(engine, "columns", None)
    tokens = np.repeat(greedy(logits, columns), batch)
    started = time.perf_counter()
    for step in range(steps):
        logits, past = engine.decode(tokens, lengths, len(PROMPT) + step, past)
        tokens, lengths = greedy(logits, columns), lengths + 1
    return batch * steps / (time.perf_counter() - started)


def fastest(variants: dict[str, Path]) -> str | None:
    """The variant with the best :data:`RANKED_BY` measured on this kind of CPU, if every one of ``variants`` was."""
    here = cpu_identity()
    speeds: dict[str, float] = {}
    for variant, folder in variants.items():
        try:
            figures = read_manifest(folder).get(MANIFEST_KEY)
        except (OSError, ValueError):
            return None
        if not isinstance(figures, dict) or figures.get(IDENTITY) != here or not figures.get(RANKED_BY):
            return None
        speeds[variant] = float(figures[RANKED_BY])
    return max(speeds, key=lambda v: speeds[v]) if speeds else None
