"""How fast each variant decodes on this machine, measured when it is exported; ``auto`` serves the fastest.

Which quantized variant is fastest depends on the CPU: on a Zen 4 EPYC int4 ran 3x CTranslate2, on an
Intel Xeon with AMX int8 led at batch 8 and int4 at batch 1. So the exporter times each published
variant's decode loop (the runtime's own engine, greedy steps at batch 1 and at the bot's batch) and
writes the figures with the CPU's name into the variant's manifest. ``runtime.variant = "auto"`` then
takes the fastest at the bot's batch among the variants measured on the same kind of CPU
(:func:`~imitate.hardware.cpu_identity`: its name, family, model and kernel instruction sets, since a Zen 3
and a Zen 4 EPYC share the name ``AMD EPYC``), and falls back to the fixed order (int8, int4, fp32) when
the figures come from another kind of machine.

An int4 variant is timed on both CPU engines, taking turns: ONNX Runtime's
(:mod:`export.runtime.shared_cache`) and the native one (:mod:`export.runtime.native.engine`). The native
one may lead at small batches only (:data:`CROSSOVER_BATCHES` are timed too: on a Zen 3 it stopped leading
between 8 and 32 rows, on a Zen 4 it led up to 128), so the figures say up to how many rows it is the
faster (``native_rows``), and the speeds of that mix rank the variant; on the same kind of CPU
``runtime.engine = "auto"`` then serves the variant that way (:func:`native_rows`).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import numpy as np

from export.manifest import read_manifest
from export.runtime.shared_cache import onnx_engine, with_cache_that_runs
from export.runtime.vocabulary import greedy
from imitate.hardware import cpu_identity, cpu_name, physical_cores

logger = logging.getLogger(__name__)

MANIFEST_KEY = "speed"
BATCHES = (1, 8)  # batch 1, and about the bot's five posts
CROSSOVER_BATCHES = (32, 128)  # ... and where the native engine may stop being the faster one (128: runtime.max_batch)
NATIVE_ROWS = "native_rows"
RANKED_BY = "b8_tokens_per_s"
IDENTITY = "cpu_identity"  # what a variant's figures must match to count here
STEPS = 24
PROMPT = [50256, 3666, 4320, 318]  # "<|endoftext|>My dream is"


def measure(folder: Path, threads: int = 0, steps: int = STEPS, native: bool = True) -> dict[str, Any]:
    """Greedy decode tokens/s of the variant in ``folder`` at each of :data:`BATCHES` (best of two rounds).

    An int4 GPT-2 is timed on both CPU engines, taking turns, also at :data:`CROSSOVER_BATCHES`: ``native_rows``
    is the largest of those batches up to which the native engine was the faster at every one (0: never),
    and the figures are those of the engine that serves it so (native steps up to ``native_rows`` rows).
    Both are timed on one :class:`~export.runtime.native.engine.NativeEngine`, whose ``native_rows`` 0 runs
    every step on its in-place ONNX engine. ``native`` False (the native engine failed its quality gate,
    :mod:`export.native_gate`): ONNX Runtime alone."""
    from export.runtime.native.engine import NativeEngine, NativeUnavailable, NotNative

    threads = threads or physical_cores()
    dual = None  # the engine that runs both: a NativeEngine
    try:
        dual = with_cache_that_runs(NativeEngine, Path(folder), threads) if native else None
    except NotNative:
        pass  # not a 4-bit GPT-2: ONNX Runtime alone
    except NativeUnavailable as exc:
        logger.warning("%s: only ONNX Runtime timed: %s", folder, exc)
    engine = dual or onnx_engine(Path(folder), threads, "cpu")
    runs = {"onnx": 0, "native": None} if dual else {"onnx": 0}  # the native_rows each engine is timed with
    batches = (*BATCHES, *CROSSOVER_BATCHES) if dual else BATCHES
    speeds: dict[str, dict[int, float]] = {name: {} for name in runs}
    try:
        for batch in batches:
            for _ in range(2):
                for name, rows in runs.items():
                    if dual:
                        dual.native_rows = rows
                    speeds[name][batch] = round(max(speeds[name].get(batch, 0.0), _decode(engine, batch, steps)), 1)
    finally:
        engine.close()
    figures: dict[str, Any] = {"cpu": cpu_name(), IDENTITY: cpu_identity(), "threads": threads, "steps": steps}

    def keyed(by_batch: dict[int, float]) -> dict[str, float]:
        return {f"b{batch}_tokens_per_s": value for batch, value in by_batch.items()}

    if not dual:
        return {**figures, "engine": "onnx", **keyed(speeds["onnx"])}
    rows = 0
    for batch in batches:
        if speeds["native"][batch] <= speeds["onnx"][batch]:
            break
        rows = batch
    served = {batch: speeds["native" if batch <= rows else "onnx"][batch] for batch in batches}
    return {
        **figures,
        "engine": "native" if rows else "onnx",
        NATIVE_ROWS: rows,
        **keyed(served),
        "engines": {name: keyed(by_batch) for name, by_batch in speeds.items()},
    }


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


def native_rows(folder: Path) -> int | None:
    """Steps of up to how many rows the native engine serves the variant in ``folder``, as measured on this
    kind of CPU at export; None when it was not measured here or was never the faster."""
    try:
        figures = read_manifest(folder).get(MANIFEST_KEY)
    except (OSError, ValueError):
        return None
    if not isinstance(figures, dict) or figures.get(IDENTITY) != cpu_identity():
        return None
    rows = figures.get(NATIVE_ROWS)
    return rows if isinstance(rows, int) and rows > 0 and figures.get("engine") == "native" else None


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
