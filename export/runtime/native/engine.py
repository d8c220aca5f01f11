"""The int4 variant of a GPT-2 run by ``gpt2.cpp``: the same weights and cache as the ONNX engine, no graph.

At batch 1 the in-place ONNX engine (:mod:`export.runtime.shared_cache`) spends about 40% of a GPT-2 124M
step outside its products, in ONNX Runtime's cost per node (GroupQueryAttention alone 60-78 us a layer on a
2-core Zen 3), while the 4-bit products run at memory speed. This engine reads the published int4 graph's
own initializers (the 4-bit weights and their scales, the norms, the biases, the 4-bit embeddings) and
runs a whole step in one call: norms, products of int8 activations by the 4-bit weights, attention over
the cache, the output layer cut to the account's tokens and the escape column. It keeps everything else
of the in-place engine: the cache buffer and its rows (:class:`~export.runtime.shared_cache.Slots`), the
int8 cache scales, the vocabulary and the escape session (a rare row, run by ONNX Runtime).

Its products compute a group of outputs at once, one per 32-bit lane (:class:`Interleaved`): 16 in
512-bit registers with AVX-512 VNNI where the CPU has it, 8 in 256-bit ones with AVX2 otherwise. Which
engine is faster at which batch still depends on the CPU (ONNX Runtime's int8 products are strong at
large batches), so it keeps ONNX Runtime's session too and runs natively only the steps of up to
``native_rows`` rows, the batch size up to which the export timed it faster on this kind of CPU
(:mod:`export.runtime.speed`); both write the same buffer.

A graph that is not the fused int4 GPT-2 this walks (:func:`read_weights`) raises :class:`NotNative`, and
the caller keeps the ONNX engine.
"""

from __future__ import annotations

import ctypes
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from export.runtime.errors import GenerationError
from export.runtime.native.build import NativeUnavailable, load
from export.runtime.shared_cache import MS_DOMAIN, SharedCacheEngine, Slots, load_graph
from imitate.hardware import physical_cores

logger = logging.getLogger(__name__)

__all__ = ["NativeEngine", "NativeUnavailable", "NotNative", "read_weights"]


class NotNative(GenerationError):
    """The graph is not one this engine reads (not a fused 4-bit GPT-2)."""


# --- the weights, read off the graph -------------------------------------------------------------------------


@dataclass
class Linear:
    """A 4-bit product as read off the graph, one row per output: ``packed`` [N, K / 2] bytes in
    ``MatMulNBits``' order (value 2j in the low nibble of byte j), ``scales`` and ``zero_scales`` (zero point
    x scale) [N, K / block]. :meth:`interleaved` gives the layout ``gpt2.cpp`` computes on."""

    n: int
    k: int
    block: int
    packed: np.ndarray
    scales: np.ndarray
    zero_scales: np.ndarray
    bias: np.ndarray | None

    def rows(self, kept: np.ndarray) -> Linear:
        """The product restricted to outputs ``kept`` (the cut output layer)."""
        return Linear(
            len(kept),
            self.k,
            self.block,
            np.ascontiguousarray(self.packed[kept]),
            np.ascontiguousarray(self.scales[kept]),
            np.ascontiguousarray(self.zero_scales[kept]),
            None if self.bias is None else np.ascontiguousarray(self.bias[kept]),
        )

    def interleaved(self, group: int) -> Interleaved:
        """This product in the layout ``gpt2.cpp`` computes on, in groups of ``group`` outputs (the library's
        ``imitate_native_group()``; see :class:`Interleaved`)."""
        n, k, blocks = self.n, self.k, self.k // self.block
        groups = -(-n // group)
        values = np.zeros((groups * group, k), np.uint8)  # the padding outputs: all zero, scale 0
        values[:n, 0::2], values[:n, 1::2] = self.packed & 15, self.packed >> 4
        steps = values.reshape(groups, group, k // 8, 2, 4)  # [group, output, 8 values of K, half, 4 values]
        packed = (steps[:, :, :, 0] | (steps[:, :, :, 1] << 4)).transpose(0, 2, 1, 3)

        def lanes(a: np.ndarray) -> np.ndarray:  # [N, blocks] -> [N / G, blocks, G]
            padded = np.zeros((groups * group, blocks), np.float32)
            padded[:n] = a
            return padded.reshape(groups, group, blocks).transpose(0, 2, 1)

        bias = None
        if self.bias is not None:
            bias = np.zeros(groups * group, np.float32)
            bias[:n] = self.bias
        return Interleaved(
            n, k, self.block, aligned(packed), aligned(lanes(self.scales)), aligned(lanes(self.zero_scales)), bias
        )


def aligned(a: np.ndarray, to: int = 64) -> np.ndarray:
    """A C-contiguous copy of ``a`` starting on a ``to``-byte boundary (a cache line: a 512-bit load of the
    weights then never straddles two; numpy's own allocations are aligned to 16 bytes)."""
    room = np.empty(a.nbytes + to, np.uint8)
    start = -room.ctypes.data % to
    out = room[start : start + a.nbytes].view(a.dtype).reshape(a.shape)
    out[...] = a
    return out


PRODUCTS = ("qkv", "proj", "fc", "out")  # each layer's 4-bit products
GATE_KEY = "native"  # the manifest's figures of the export's quality gate for this engine (export.native_gate)


@dataclass
class Interleaved:
    """A :class:`Linear` with its outputs in groups of G (the library's ``imitate_native_group()``: 8, one
    per 32-bit lane of a 256-bit register, or 16 of a 512-bit one; the last group padded with zero weights),
    as ``gpt2.cpp`` reads it: ``packed`` [N / G, K / 8, 4 G] bytes, byte 4j + i of each 4 G holding value i
    of output j in its low nibble and value 4 + i in its high one; ``scales`` and ``zero_scales``
    [N / G, K / block, G]; ``bias`` [N / G x G]."""

    n: int
    k: int
    block: int
    packed: np.ndarray
    scales: np.ndarray
    zero_scales: np.ndarray
    bias: np.ndarray | None


@dataclass
class Embedding:
    """A table of rows, 4-bit per block (``values`` int8 [rows, C], ``scales`` [rows, C / block]) or float."""

    values: np.ndarray
    scales: np.ndarray | None
    block: int

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        if ids.size and (ids.min() < 0 or ids.max() >= len(self.values)):
            raise GenerationError(f"index {int(ids.max())} is beyond the table's {len(self.values)} rows")
        rows = self.values[ids].astype(np.float32)
        if self.scales is None:
            return rows
        return rows * np.repeat(self.scales[ids], self.block, axis=-1)


@dataclass
class Weights:
    layers: list[dict[str, Any]]  # ln1_g, ln1_b, ln2_g, ln2_b: arrays; qkv, proj, fc, out: Linear
    lnf: tuple[np.ndarray, np.ndarray]
    head: Linear
    tokens: Embedding
    positions: Embedding
    heads: int
    scale: float
    eps: float


def repacked(
    n: int, k: int, block: int, packed: np.ndarray, scales: np.ndarray, zero: np.ndarray | None, bias: np.ndarray | None
) -> Linear:
    """A ``MatMulNBits`` product (4 bits, ``packed`` [N, K / block, block / 2]: value 2j in the low nibble of
    byte j; optional 4-bit ``zero`` points, 8 without) as a :class:`Linear`."""
    blocks = k // block
    scales = scales.astype(np.float32).reshape(n, blocks)
    if zero is not None:
        zero = zero.reshape(n, -1)
        zeros = np.empty((n, zero.shape[1] * 2), np.float32)
        zeros[:, 0::2], zeros[:, 1::2] = zero & 15, zero >> 4
        zeros = zeros[:, :blocks]
    else:
        zeros = np.full((n, blocks), 8.0, np.float32)
    return Linear(
        n,
        k,
        block,
        np.ascontiguousarray(packed.reshape(n, k // 2)),
        np.ascontiguousarray(scales),
        np.ascontiguousarray(scales * zeros),
        None if bias is None else np.ascontiguousarray(bias.reshape(n), np.float32),
    )


def _attributes(node: Any) -> dict[str, Any]:
    from onnx import helper

    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def read_weights(model: Any) -> Weights:
    """The weights of a fused int4 GPT-2 graph (as the exporter publishes it), in order. Raises :class:`NotNative`."""
    from onnx import numpy_helper

    graph = model.graph
    inits = {i.name: i for i in graph.initializer}

    def array(name: str) -> np.ndarray:
        if name not in inits:
            raise NotNative(f"{name!r} is not a weight of the graph")
        return numpy_helper.to_array(inits[name])

    nodes = list(graph.node)
    consumers: dict[str, list[Any]] = {}
    for node in nodes:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    products = [n for n in nodes if n.op_type == "MatMulNBits"]
    norms = [n for n in nodes if n.op_type in ("LayerNormalization", "SkipLayerNormalization")]
    attention = [n for n in nodes if n.op_type == "MultiHeadAttention" and n.domain == MS_DOMAIN]
    count = len(attention)
    if not count or len(products) != 4 * count + 1 or len(norms) != 2 * count + 1:
        raise NotNative(
            f"{len(products)} 4-bit products, {len(norms)} norms and {count} attention nodes: not a fused int4 GPT-2"
        )
    if norms[0].op_type != "LayerNormalization" or any(n.op_type != "SkipLayerNormalization" for n in norms[1:]):
        raise NotNative("the norms are not one LayerNormalization and then SkipLayerNormalization")
    epsilons = {round(float(_attributes(n).get("epsilon", 1e-5)), 12) for n in norms}
    first = _attributes(attention[0])
    if len(epsilons) != 1 or any(_attributes(a) != first for a in attention) or first.get("unidirectional", 1) != 1:
        raise NotNative("the layers differ in their norm epsilon or attention settings")
    heads = int(first["num_heads"])

    def linear(node: Any, consumer_bias: bool = True) -> Linear:
        settings = _attributes(node)
        n, k, block, bits = (int(settings[key]) for key in ("N", "K", "block_size", "bits"))
        if bits != 4 or block % 32 or k % block:
            raise NotNative(f"{node.name}: {bits}-bit weights in blocks of {block} over {k}: not supported")
        inputs = list(node.input) + [""] * (6 - len(node.input))
        if inputs[4]:
            raise NotNative(f"{node.name} has a group index")
        zero = array(inputs[3]) if inputs[3] else None
        if zero is not None and zero.dtype != np.uint8:
            raise NotNative(f"{node.name} has zero points of type {zero.dtype}")
        bias = array(inputs[5]).astype(np.float32) if inputs[5] else None
        if bias is None and consumer_bias:
            users = consumers.get(node.output[0], [])
            user = users[0] if len(users) == 1 else None
            if user is not None and user.op_type == "Add":
                other = [name for name in user.input if name != node.output[0]]
                bias = array(other[0]).astype(np.float32)
            elif user is not None and user.op_type in ("FastGelu", "BiasGelu") and len(user.input) > 1:
                bias = array(user.input[1]).astype(np.float32)
            elif user is not None and user.op_type == "SkipLayerNormalization" and len(user.input) > 4:
                bias = array(user.input[4]).astype(np.float32) if user.input[4] else None
        return repacked(n, k, block, array(inputs[1]), array(inputs[2]), zero, bias)

    def norm(node: Any) -> tuple[np.ndarray, np.ndarray]:
        at = 1 if node.op_type == "LayerNormalization" else 2
        return array(node.input[at]).astype(np.float32), array(node.input[at + 1]).astype(np.float32)

    def output_of(node: Any) -> str:
        return str(node.output[0])

    layers = []
    for i in range(count):
        qkv, proj, fc, out = products[4 * i : 4 * i + 4]
        users = {n.op_type for n in consumers.get(output_of(fc), [])}
        if qkv.input[0] != output_of(norms[2 * i]) or proj.input[0] != output_of(attention[i]) or not users:
            raise NotNative(f"layer {i} is not norm -> product -> attention -> product")
        if fc.input[0] != output_of(norms[2 * i + 1]) or users - {"FastGelu"}:
            raise NotNative(f"layer {i}'s feed-forward is not norm -> product -> FastGelu -> product")
        ln1, ln2 = norm(norms[2 * i]), norm(norms[2 * i + 1])
        layers.append(
            {
                "ln1": ln1,
                "ln2": ln2,
                "qkv": linear(qkv),
                "proj": linear(proj),
                "fc": linear(fc),
                "out": linear(out),
            }
        )
    head = products[-1]
    if head.input[0] != output_of(norms[-1]) or head.output[0] != "logits":
        raise NotNative("the output layer is not one 4-bit product of the last norm")

    def embedding(name: str) -> Embedding:
        node = next((n for n in nodes if name in n.input), None)
        if node is None:
            raise NotNative(f"nothing reads {name}")
        if node.op_type == "Gather" and node.input[1] == name:
            return Embedding(array(node.input[0]).astype(np.float32), None, 1)
        if node.op_type == "GatherBlockQuantized" and node.input[1] == name and len(node.input) == 3:
            settings = _attributes(node)
            if settings.get("gather_axis", 0) != 0 or settings.get("quantize_axis", 1) != 1:
                raise NotNative(f"{node.name} is quantized along another axis")
            values = array(node.input[0]).astype(np.int8)
            return Embedding(values, array(node.input[2]).astype(np.float32), int(settings["block_size"]))
        raise NotNative(f"{name} is read by {node.op_type}, not an embedding lookup")

    return Weights(
        layers,
        norm(norms[-1]),
        linear(head, consumer_bias=False),
        embedding("input_ids"),
        embedding("position_ids"),
        heads,
        float(first.get("scale", 0.0)),
        float(_attributes(norms[0]).get("epsilon", 1e-5)),
    )


# --- ctypes views of gpt2.cpp's structs --------------------------------------------------------------------

_float_p = ctypes.POINTER(ctypes.c_float)


class _Linear(ctypes.Structure):
    _fields_ = [
        ("n", ctypes.c_int32),
        ("k", ctypes.c_int32),
        ("block", ctypes.c_int32),
        ("packed", ctypes.c_void_p),
        ("scales", ctypes.c_void_p),
        ("zero_scales", ctypes.c_void_p),
        ("bias", ctypes.c_void_p),
    ]


class _Layer(ctypes.Structure):
    _fields_ = [
        ("ln1_g", ctypes.c_void_p),
        ("ln1_b", ctypes.c_void_p),
        ("ln2_g", ctypes.c_void_p),
        ("ln2_b", ctypes.c_void_p),
        ("qkv", _Linear),
        ("proj", _Linear),
        ("fc", _Linear),
        ("out", _Linear),
    ]


class _Model(ctypes.Structure):
    _fields_ = [
        ("layers", ctypes.c_int32),
        ("hidden", ctypes.c_int32),
        ("heads", ctypes.c_int32),
        ("head_dim", ctypes.c_int32),
        ("cached", ctypes.c_int32),
        ("eps", ctypes.c_float),
        ("scale", ctypes.c_float),
        ("layer", ctypes.POINTER(_Layer)),
        ("lnf_g", ctypes.c_void_p),
        ("lnf_b", ctypes.c_void_p),
        ("head", _Linear),
        ("escape_log_odds", ctypes.c_float),
        ("key_scales", ctypes.POINTER(ctypes.c_void_p)),
        ("value_scales", ctypes.POINTER(ctypes.c_void_p)),
    ]


def _pointer(a: np.ndarray | None) -> int | None:
    return None if a is None else int(a.ctypes.data)


def _linear(w: Interleaved) -> _Linear:
    return _Linear(w.n, w.k, w.block, _pointer(w.packed), _pointer(w.scales), _pointer(w.zero_scales), _pointer(w.bias))


# --- the engine -----------------------------------------------------------------------------------------------


class NativeEngine(SharedCacheEngine):
    """The in-place engine (:class:`~export.runtime.shared_cache.SharedCacheEngine`) whose steps of at most
    ``native_rows`` rows are run by ``gpt2.cpp`` (None: every step); larger ones stay with ONNX Runtime.

    Both write the same cache buffer in the same layout (and int8 with the same scales), so a batch moves
    from one to the other between any two steps. Raises :class:`NotNative` for a graph ``gpt2.cpp`` does
    not read, :class:`NativeUnavailable` when the library cannot be built."""

    name = "native"

    def __init__(
        self,
        folder: Path,
        threads: int = 0,
        device: str = "cpu",
        quantized_cache: bool = True,
        native_rows: int | None = None,
    ):
        if device != "cpu":
            raise NotNative("the native engine runs on the CPU")
        model = load_graph(folder)
        weights = read_weights(model)  # copies, before anything is built: NotNative leaves nothing behind
        self.lib = load()
        self.native_rows: int | None = 0  # until it is built: the ONNX engine's own checks run on ONNX Runtime
        super().__init__(folder, threads, device, quantized_cache, model=model)
        del model
        hidden = len(weights.lnf[0])
        if len(self.past_names) != 2 * len(weights.layers) or self.heads * self.head_dim != hidden:
            raise NotNative("the cache inputs do not match the layers")
        # the int8 cache's scales, as the ONNX engine's graph was given them
        scales = self.cache_scales
        key_scales = [np.ascontiguousarray(scales[name], np.float32) for name in self.past_names] if scales else []
        head = weights.head
        escape_log_odds = math.nan
        if self.vocabulary is not None:  # the output layer cut as the ONNX engine cut it, escape column last
            head = head.rows(np.asarray(self.vocabulary.token_ids, np.int64))
            escape_log_odds = self.vocabulary.escape_log_odds
        # the products in the kernel's layout, which the C structs point into; the graph's copies go (and the
        # whole output layer's rows: the escape session has its own)
        group = self.lib.imitate_native_group()
        kernels = [{key: layer.pop(key).interleaved(group) for key in PRODUCTS} for layer in weights.layers]
        head_kernel = head.interleaved(group)
        del head
        self.tokens, self.positions, self.lnf = weights.tokens, weights.positions, weights.lnf  # all the rest needs
        self.native_rows = native_rows
        self.context = len(weights.positions.values)
        self.width = head_kernel.n + (0 if math.isnan(escape_log_odds) else 1)
        layers = (_Layer * len(weights.layers))()
        for target, layer, kernel in zip(layers, weights.layers, kernels, strict=True):
            target.ln1_g, target.ln1_b = _pointer(layer["ln1"][0]), _pointer(layer["ln1"][1])
            target.ln2_g, target.ln2_b = _pointer(layer["ln2"][0]), _pointer(layer["ln2"][1])
            for key in PRODUCTS:
                setattr(target, key, _linear(kernel[key]))
        pointers = [(ctypes.c_void_p * len(key_scales))(*[_pointer(s) for s in key_scales[i::2]]) for i in (0, 1)]
        # what the C structs point into (the layers' dicts: their norms)
        self._keep: list[Any] = [weights.layers, kernels, head_kernel, key_scales, layers, pointers]
        self.model = _Model(
            len(weights.layers),
            hidden,
            self.heads,
            self.head_dim,
            int(self.cache_dtype == np.int8),
            weights.eps,
            weights.scale or 1.0 / math.sqrt(self.head_dim),
            ctypes.cast(layers, ctypes.POINTER(_Layer)),
            _pointer(weights.lnf[0]),
            _pointer(weights.lnf[1]),
            _linear(head_kernel),
            escape_log_odds,
            ctypes.cast(pointers[0], ctypes.POINTER(ctypes.c_void_p)),
            ctypes.cast(pointers[1], ctypes.POINTER(ctypes.c_void_p)),
        )
        forward = self.lib.imitate_native_forward
        forward.restype = ctypes.c_int
        pointer, number = ctypes.c_void_p, ctypes.c_int  # model, x, rows, added, lengths, caches, positions, out
        forward.argtypes = [ctypes.POINTER(_Model), pointer, number, number, pointer, pointer, number, pointer, pointer]
        self._forward = forward
        self.threads = threads or physical_cores()
        self._caches: tuple[list[np.ndarray], Any] | None = None  # the last buffer's arrays and their addresses

    def _run(self, ids: np.ndarray, lengths: np.ndarray, slots: Slots, rows: int) -> np.ndarray:
        """Feed ``ids`` [rows, S] after ``lengths`` cached positions per row; the cache is written in place."""
        if self.native_rows is not None and rows > self.native_rows:
            return super()._run(ids, lengths, slots, rows)
        added = ids.shape[1]
        positions = lengths[:, None] + np.arange(added)
        if int(positions.max()) >= self.context:
            raise GenerationError(f"position {int(positions.max())} is beyond the model's {self.context}")
        if int(positions.max()) >= slots.capacity[1] or rows > slots.capacity[0]:
            raise GenerationError("the cache buffer is smaller than the step")
        x = self.tokens(ids.reshape(-1)) + self.positions(positions.reshape(-1))
        x = np.ascontiguousarray(x, np.float32)
        logits = np.empty((rows, self.width), np.float32)
        hidden = np.empty((rows, len(self.lnf[0])), np.float32)
        if self._caches is None or self._caches[0] is not slots.arrays:  # numpy's .ctypes costs a few us each
            self._caches = (slots.arrays, (ctypes.c_void_p * len(slots.arrays))(*[a.ctypes.data for a in slots.arrays]))
        lengths = np.ascontiguousarray(lengths, np.int64)
        self.lib.imitate_native_threads(self.threads)
        self._forward(
            ctypes.byref(self.model),
            x.ctypes.data,
            rows,
            added,
            lengths.ctypes.data,
            self._caches[1],
            slots.capacity[1],
            logits.ctypes.data,
            hidden.ctypes.data,
        )
        if self.columns is not None:
            slots.hidden = hidden
        return logits


def product(lib: ctypes.CDLL, weights: Linear, x: np.ndarray) -> np.ndarray:
    """``x`` [M, K] times the 4-bit ``weights`` (plus their bias) by ``gpt2.cpp``'s kernel alone: [M, N]."""
    x = np.ascontiguousarray(x, np.float32)
    y = np.empty((len(x), weights.n), np.float32)
    lib.imitate_native_product.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    kernel = weights.interleaved(lib.imitate_native_group())
    lib.imitate_native_product(ctypes.byref(_linear(kernel)), x.ctypes.data, len(x), y.ctypes.data)
    return y


def attend(lib: ctypes.CDLL, q: np.ndarray, keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``softmax(q keys^T) values`` for one row and head by ``gpt2.cpp``'s attention alone: ``q`` [d] float,
    ``keys`` and ``values`` [seen, d], both int8 (an int8 cache's values, before their scales) or float."""
    cached = keys.dtype == np.int8
    dtype = np.int8 if cached else np.float32
    q = np.ascontiguousarray(q, np.float32)
    keys, values = np.ascontiguousarray(keys, dtype), np.ascontiguousarray(values, dtype)
    out = np.empty(len(q), np.float32)
    pointer, number = ctypes.c_void_p, ctypes.c_int
    lib.imitate_native_attend.argtypes = [pointer, pointer, pointer, number, number, number, pointer]
    arrays = (q.ctypes.data, keys.ctypes.data, values.ctypes.data)
    lib.imitate_native_attend(*arrays, len(keys), len(q), int(cached), out.ctypes.data)
    return out
