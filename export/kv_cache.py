"""Whether a variant keeps its KV cache in int8 (:mod:`export.runtime.cache_quant`), held to a gate.

The scales come from the variant's own keys and values on the training posts (the held-out posts
when the model has none): each layer's largest magnitude per head and channel, times
:data:`MARGIN`, over 127. The gate then scores the held-out posts twice through the in-place engine's
decode loop, token by token as serving runs (:func:`export.quality.decode_perplexity`), once with
the float cache and once with the int8 one. ``kv_cache.json`` stays beside the variant when the int8
cache's perplexity is within ``export.kv_cache_ppl_tolerance`` of the float cache's.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import numpy as np

from export import quality
from export.runtime.cache_quant import save_scales, scales_from_magnitudes, scales_path
from export.runtime.shared_cache import Int8CacheNotLoadable, SharedCacheEngine

logger = logging.getLogger(__name__)

MARGIN = 1.25  # scales leave room for values this much larger than any seen while measuring
CALIBRATION_TOKENS = 4_096  # tokens of posts the scales are measured on
GATE_TOKENS = 4_096  # held-out tokens the two caches are scored on


def magnitudes(engine: SharedCacheEngine, blocks: np.ndarray) -> dict[str, np.ndarray]:
    """The largest |value| per head and channel of each cache input (by name) over ``blocks`` [n, block],
    each block prefilled by ``engine`` (its cache in float32)."""
    top = {name: np.zeros((engine.heads, engine.head_dim), np.float32) for name in engine.past_names}
    for row in blocks:
        _, slots = engine.prefill([int(t) for t in row])
        n = int(slots.lengths[0])
        for name, array in zip(engine.past_names, slots.arrays, strict=True):
            np.maximum(top[name], np.abs(array[0, :, :n]).max(axis=1), out=top[name])
    return top


def quantize(
    folder: Path, calibration: np.ndarray, held_out: np.ndarray, tolerance: float, threads: int = 0
) -> dict[str, Any]:
    """Measure the int8 cache of the variant in ``folder`` and keep its ``kv_cache.json`` if it passes the
    gate; the figures for the manifest (``dtype`` says which cache is served)."""
    engine = SharedCacheEngine(folder, threads, quantized_cache=False)
    try:
        scales = {name: scales_from_magnitudes(m, MARGIN) for name, m in magnitudes(engine, calibration).items()}
        float_ppl = quality.decode_perplexity(engine, held_out)
    finally:
        engine.close()
    save_scales(folder, scales)
    try:
        engine = SharedCacheEngine(folder, threads)
    except Int8CacheNotLoadable as exc:  # this ONNX Runtime has no CPU int8 cache: the variant keeps float32
        scales_path(folder).unlink()
        return {"dtype": "float32", "reason": str(exc), "float32_perplexity": round(float_ppl, 4)}
    try:
        if engine.cache_dtype != np.int8:
            raise RuntimeError("the engine did not take the int8 cache it was given")
        int8_ppl = quality.decode_perplexity(engine, held_out)
    except BaseException:
        scales_path(folder).unlink()
        raise
    finally:
        engine.close()
    change = (int8_ppl - float_ppl) / float_ppl
    passed = math.isfinite(int8_ppl) and change <= tolerance
    figures = {
        "dtype": "int8" if passed else "float32",
        "float32_perplexity": round(float_ppl, 4),
        "int8_perplexity": round(int8_ppl, 4),
        "relative_change": round(change, 5),
        "tolerance": tolerance,
        "tokens": int(held_out.size),
        "calibration_tokens": int(calibration.size),
        "margin": MARGIN,
    }
    if passed:
        save_scales(folder, scales, figures)
    else:
        scales_path(folder).unlink()
    return figures


def summary(figures: dict[str, Any]) -> str:
    verdict = "KV cache in int8" if figures["dtype"] == "int8" else "KV cache kept in float32"
    if "relative_change" not in figures:
        return f"{verdict} ({figures['reason']})"
    return (
        f"{verdict} (decode perplexity {figures['relative_change']:+.2%} against float32, "
        f"limit {figures['tolerance']:.0%})"
    )
