"""The in-place KV cache stored as int8, one static scale per layer, head and channel.

At 64 rows, a decode step of GPT-2 124M reads 12 layers x 2 x 64 rows x 12 heads x ~50 positions x 64
floats of cache: some 300 MB, more than its weights, and most of its attention's time on a CPU with
two cores' memory bandwidth. ONNX Runtime's ``GroupQueryAttention`` can keep that cache in int8 (its
``k_quant_type``/``v_quant_type = PER_CHANNEL``, ``kv_cache_bit_width = 8``): it writes each new key
and value as ``round(x / scale)`` and reads them back times ``scale``, with one static scale per
(head, channel) of each layer's key and value. A quarter of the bytes: the cache of 64 rows of 192
positions takes 0.2 GiB instead of 0.8 GiB.

The exporter (:mod:`export.kv_cache`) measures the scales on the training posts (each channel's
largest magnitude, with a margin, over 127) and writes ``kv_cache.json`` beside a variant when the
held-out perplexity of the decode loop with the int8 cache stays within
``export.kv_cache_ppl_tolerance`` of the float cache's. The in-place engine then quantizes the cache
as it loads the graph (:func:`quantize_cache`); the published file is not touched. A variant without
the file, or with one that cannot be used, keeps the float cache.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from imitate import modelfolder
from imitate.atomic import write_text_atomic

QUANT_TYPE = "PER_CHANNEL"
BITS = 8
LEVELS = 127  # symmetric int8: x is stored as round(x / scale), clipped to [-127, 127]
SCALE_INPUTS = (12, 13)  # GroupQueryAttention's k_scale and v_scale inputs
PAST_INPUTS = (3, 4)  # ... and its past key and value


class CacheScalesError(ValueError):
    """A ``kv_cache.json`` that cannot be used (unreadable, a cache missing, wrong shapes, scales not > 0)."""


def scales_path(folder: Path) -> Path:
    return Path(folder) / modelfolder.KV_CACHE


def save_scales(folder: Path, scales: Mapping[str, np.ndarray], figures: dict[str, Any] | None = None) -> Path:
    """Write the scale of each cache input (its name: ``past_key_values.<layer>.key|value``) [heads, head
    size], and the exporter's figures."""
    data = {
        "dtype": "int8",
        "scales": {name: np.asarray(s, np.float32).tolist() for name, s in sorted(scales.items())},
        "figures": figures or {},
    }
    path = scales_path(folder)
    write_text_atomic(path, json.dumps(data, separators=(",", ":")) + "\n")
    return path


def load_scales(folder: Path, names: Sequence[str], shape: tuple[int, int]) -> dict[str, np.ndarray] | None:
    """The scale [heads, head size] of each cache input ``names``, or None when the variant has no
    ``kv_cache.json`` (its cache stays float). Raises :class:`CacheScalesError` for one that cannot be used."""
    path = scales_path(folder)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("dtype") != "int8":
            raise ValueError(f"dtype {data.get('dtype')!r} is not int8")
        stored = data["scales"]
        scales = {name: np.asarray(stored[name], np.float32) for name in names}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CacheScalesError(f"{path} is not a valid cache scale file: {exc!r}") from None
    for name, scale in scales.items():
        if scale.shape != shape:
            raise CacheScalesError(f"{path}: {name} has scales of shape {scale.shape}, the cache needs {shape}")
        if not np.all(np.isfinite(scale)) or not np.all(scale > 0):
            raise CacheScalesError(f"{path}: {name} has scales that are not finite and > 0")
    return scales


def scales_from_magnitudes(magnitudes: np.ndarray, margin: float) -> np.ndarray:
    """Scales for the largest magnitudes seen per channel: ``margin`` times as much fits before clipping. A
    channel that was always 0 gets the smallest scale of its tensor (any will do; 1 if all are 0)."""
    top = np.asarray(magnitudes, np.float64) * margin / LEVELS
    positive = top[top > 0]
    floor = positive.min() if len(positive) else 1.0
    return np.where(top > 0, top, floor).astype(np.float32)


def quantize_cache(model: Any, scales: Mapping[str, np.ndarray]) -> None:
    """Make every ``GroupQueryAttention`` of the rewritten graph (:mod:`export.runtime.shared_cache`) keep
    its cache in int8 with ``scales`` (by cache input name), and type the cache inputs and outputs int8."""
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    for node in graph.node:
        if node.op_type != "GroupQueryAttention":
            continue
        inputs = list(node.input) + [""] * (SCALE_INPUTS[1] + 1 - len(node.input))
        for past, slot in zip(PAST_INPUTS, SCALE_INPUTS, strict=True):
            name = f"{inputs[past]}/int8_scale"
            graph.initializer.append(numpy_helper.from_array(np.asarray(scales[inputs[past]], np.float32), name))
            inputs[slot] = name
        del node.input[:]
        node.input.extend(inputs)
        node.attribute.extend(
            [
                helper.make_attribute("k_quant_type", QUANT_TYPE),
                helper.make_attribute("v_quant_type", QUANT_TYPE),
                helper.make_attribute("kv_cache_bit_width", BITS),
            ]
        )
    for value in [*graph.input, *graph.output]:
        if value.name.startswith(("past_key_values.", "present.")):
            value.type.tensor_type.elem_type = TensorProto.INT8
