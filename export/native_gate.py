"""Whether the native engine may serve an int4 variant: its decode perplexity held to ONNX Runtime's.

The native engine (:mod:`export.runtime.native`) computes the int4 graph's step itself, with its own
rounding of the activations to int8 and its own exponentials, so its logits are ONNX Runtime's only to a
fraction of a percent (on a random GPT-2 124M, 0.8% of the largest). The gate scores the held-out posts
through both engines' decode loops, token by token as serving runs (:func:`export.quality.decode_perplexity`),
on one :class:`~export.runtime.native.engine.NativeEngine` (``native_rows`` 0: every step on its in-place
ONNX engine; None: every step native), over the same cache. The exporter then times the native engine, and
lets ``auto`` serve it, only when its perplexity is within ``export.native_ppl_tolerance`` of ONNX
Runtime's (:func:`export.runtime.speed.measure`).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from export import quality
from export.runtime.native.engine import GATE_KEY, NativeEngine, NativeUnavailable, NotNative
from export.runtime.shared_cache import with_cache_that_runs

MANIFEST_KEY = GATE_KEY  # where the figures go in the variant's manifest


def gate(folder: Path, held_out: np.ndarray, tolerance: float, threads: int = 0) -> dict[str, Any] | None:
    """The figures for the manifest (``passed``: the native engine may serve the variant in ``folder``); None
    for a graph the native engine does not read."""
    try:
        engine = with_cache_that_runs(NativeEngine, Path(folder), threads)
    except NotNative:
        return None
    except NativeUnavailable as exc:
        return {"passed": False, "reason": str(exc)}
    try:
        engine.native_rows = 0
        onnx_ppl = quality.decode_perplexity(engine, held_out)
        engine.native_rows = None
        native_ppl = quality.decode_perplexity(engine, held_out)
    finally:
        engine.close()
    change = (native_ppl - onnx_ppl) / onnx_ppl
    return {
        "passed": math.isfinite(native_ppl) and change <= tolerance,
        "perplexity": round(native_ppl, 4),
        "onnx_perplexity": round(onnx_ppl, 4),
        "relative_change": round(change, 5),
        "tolerance": tolerance,
        "tokens": int(held_out.size),
    }


def summary(figures: dict[str, Any]) -> str:
    if "perplexity" not in figures:
        return f"native engine not served: {figures.get('reason', 'unavailable')}"
    verdict = "native engine may serve it" if figures["passed"] else "native engine not served"
    return (
        f"{verdict} (decode perplexity {figures['relative_change']:+.2%} against ONNX Runtime's, "
        f"limit {figures['tolerance']:.0%})"
    )
