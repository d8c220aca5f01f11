"""The ONNX engine with one preallocated KV cache that every step writes into in place.

The exported graphs (optimum's, with attention fused into ``MultiHeadAttention``) take the cache in
and give a new one out: each step copies every row's whole cache into a fresh buffer, layer by layer,
and the scheduler copies it again whenever rows join or leave. At 64 rows that copying cost about as
much as the arithmetic. This engine rewrites the graph once, at load (the published file is not
touched): each ``MultiHeadAttention`` becomes ONNX Runtime's ``GroupQueryAttention`` (as many key/value
heads as query heads, i.e. plain multi-head attention), which reads each row's own length
(``seqlens_k``) and writes the new key and value at that position of a buffer that is both its past
input and its present output. Rows are right-padded slots of that buffer, so a row that joins is
copied in once, a row that leaves is overwritten, and a step moves no cache at all. Only the last
position's logits are computed (the output layer is a third of the work of a step at batch 1).

The buffer holds ``rows x heads x positions x head size`` values per key and value of each layer: rows
in chunks of 8 up to the scheduler's ``max_batch``, positions in chunks up to the longest request. They
are floats, or int8 when the variant's ``kv_cache.json`` passed its gate (:mod:`export.runtime.cache_quant`).
(GPT-2 124M: 72 KiB a position in float32, so 128 rows of 192 positions take 1.7 GiB; 0.4 GiB in int8.)
It is kept from batch to batch while the scheduler has work, and freed when it has none.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from export.providers import CPU
from export.runtime.cache_quant import PAST_INPUTS, CacheScalesError, load_scales, quantize_cache
from export.runtime.engines import Engine, OnnxEngine, session_options
from export.runtime.errors import GenerationError
from export.runtime.tokens import Tokens
from export.runtime.vocabulary import (
    ESCAPE_INPUT,
    HIDDEN_OUTPUT,
    NotCuttable,
    Vocabulary,
    VocabularyError,
    cut_output_layer,
)
from imitate import modelfolder

logger = logging.getLogger(__name__)

MS_DOMAIN = "com.microsoft"
POSITIONS_CHUNK = 64  # the buffer grows by this many positions at a time
ROWS_CHUNK = 8  # ... and by this many rows
SEQLENS, TOTAL = "seqlens_k", "total_sequence_length"


class NotRewritable(GenerationError):
    """The graph is not the fused shape this engine rewrites (e.g. the unfused fp16 CUDA variant)."""


class Int8CacheNotLoadable(NotRewritable):
    """The graph with an int8 cache does not load (an ONNX Runtime without a CPU int8 ``GroupQueryAttention``
    cache, such as another build): the same graph may still load with its cache in float32."""


def shared_cache_graph(model: Any) -> Any:
    """Rewrite ``model`` (an ``onnx.ModelProto``) in place for a shared, in-place KV cache; returns it.

    Raises :class:`NotRewritable` when the graph's attention is not one fused ``MultiHeadAttention`` per
    layer fed by the ``attention_mask`` input.
    """
    from onnx import TensorProto, helper

    graph = model.graph
    pasts = [i.name for i in graph.input if i.name.startswith("past_key_values.")]
    attention = [n for n in graph.node if n.op_type == "MultiHeadAttention" and n.domain == MS_DOMAIN]
    if not pasts or len(attention) * 2 != len(pasts):
        raise NotRewritable(f"{len(attention)} fused attention nodes for {len(pasts)} cache inputs")
    mask_users = [n for n in graph.node if "attention_mask" in n.input]
    mask_names = {"attention_mask", *(o for n in mask_users if n.op_type == "Cast" for o in n.output)}
    for node in attention:
        inputs = list(node.input) + [""] * (8 - len(node.input))
        if inputs[4] not in mask_names or not inputs[6] or not inputs[7] or inputs[3] or inputs[5]:
            raise NotRewritable(f"attention node {node.name} is not (q, k, v, mask, past key, past value)")
        attributes = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if attributes.get("unidirectional", 1) != 1:
            raise NotRewritable(f"attention node {node.name} is not causal")
        heads = int(attributes["num_heads"])
        settings: dict[str, Any] = {"num_heads": heads, "kv_num_heads": heads}
        if "scale" in attributes:
            settings["scale"] = float(attributes["scale"])
        qkv = _packed(graph, inputs[:3])
        gqa = helper.make_node(
            "GroupQueryAttention",
            [qkv, "", "", inputs[6], inputs[7], SEQLENS, TOTAL] if qkv else [*inputs[:3], *inputs[6:8], SEQLENS, TOTAL],
            list(node.output),
            name=node.name + "/shared_cache",
            domain=MS_DOMAIN,
            **settings,
        )
        graph.node.insert(list(graph.node).index(node), gqa)
        graph.node.remove(node)
    still_used = {i for n in graph.node for i in n.input}
    for node in [n for n in graph.node if n.op_type == "Split" and not set(n.output) & still_used]:
        graph.node.remove(node)  # a query/key/value split whose attention now takes them packed
    for node in [n for n in graph.node if n.op_type == "Cast" and "attention_mask" in n.input]:
        if not set(node.output) & still_used:
            graph.node.remove(node)
    if "attention_mask" in {i for n in graph.node for i in n.input}:
        raise NotRewritable("attention_mask is used outside attention")
    for value in list(graph.input):
        if value.name == "attention_mask":
            graph.input.remove(value)
    graph.input.append(helper.make_tensor_value_info(SEQLENS, TensorProto.INT32, ["batch_size"]))
    graph.input.append(helper.make_tensor_value_info(TOTAL, TensorProto.INT32, []))
    for value in [*graph.input, *graph.output]:
        if value.name.startswith(("past_key_values.", "present.")):
            value.type.tensor_type.shape.dim[2].dim_param = "max_sequence_length"
    _last_position_only(graph)
    return model


def unfuse_skip_layer_norm(model: Any) -> int:
    """Rewrite each ``SkipLayerNormalization`` of ``model`` in place as ``Add`` (input + skip [+ bias]) and
    ``LayerNormalization``, its two outputs (the normalised sum, and the sum that the next residual adds to)
    unchanged; returns how many were rewritten. A node that also gives its mean or inverse deviation is kept.

    ONNX Runtime's CPU kernel for the fused node normalises each row in a scalar loop, with a division per
    value; its ``Add`` and ``LayerNormalization`` are vectorised. On a 2-core Xeon (GPT-2 124M, 24 of them a
    step, steps of the two graphs taking turns, each graph loaded first once) a step took 4.5-7.5% less time at
    64-125 rows in int8 and the same (within 1.5%) at 1-5 rows, although the graph has 24 more nodes. ONNX
    Runtime 1.32's optimizer leaves the pair apart when the session loads (``tests/test_shared_cache.py`` checks
    its optimized graph).
    """
    from onnx import helper

    graph = model.graph
    rewritten = 0
    for node in [n for n in graph.node if n.op_type == "SkipLayerNormalization" and n.domain == MS_DOMAIN]:
        outputs = list(node.output) + [""] * (4 - len(node.output))
        if outputs[1] or outputs[2]:
            continue
        inputs = list(node.input) + [""] * (5 - len(node.input))
        epsilon = next((helper.get_attribute_value(a) for a in node.attribute if a.name == "epsilon"), 1e-12)
        total = outputs[3] or node.name + "/sum"
        adds = [helper.make_node("Add", inputs[:2], [total if not inputs[4] else total + "/skip"], name=total)]
        if inputs[4]:
            adds.append(helper.make_node("Add", [total + "/skip", inputs[4]], [total], name=total + "/bias"))
        scale_bias = [inputs[2], inputs[3]] if inputs[3] else [inputs[2]]
        norm = helper.make_node(
            "LayerNormalization", [total, *scale_bias], [outputs[0]], name=node.name + "/norm", axis=-1, epsilon=epsilon
        )
        at = list(graph.node).index(node)
        graph.node.remove(node)
        for k, new in enumerate([*adds, norm]):
            graph.node.insert(at + k, new)
        rewritten += 1
    return rewritten


LAST_HIDDEN = "/last_position"  # the suffix of the final hidden state's last position (what the logits read)


def last_hidden(model: Any) -> str:
    """The name of the rewritten graph's final hidden state at the last position [B, 1, H]."""
    return next(o for n in model.graph.node if n.op_type == "Gather" for o in n.output if o.endswith(LAST_HIDDEN))


def _packed(graph: Any, qkv: list[str]) -> str | None:
    """The one tensor [B, S, 3 x hidden] that query, key and value were split from, if they were."""
    from onnx import helper, numpy_helper

    split = next((n for n in graph.node if n.op_type == "Split" and list(n.output) == qkv), None)
    if split is None:
        return None
    axis = next((helper.get_attribute_value(a) for a in split.attribute if a.name == "axis"), 0)
    named = split.input[1] if len(split.input) > 1 else None
    sizes = next((numpy_helper.to_array(i) for i in graph.initializer if i.name == named), None)
    if axis not in (2, -1) or (sizes is not None and len(set(sizes.tolist())) != 1):
        return None
    return str(split.input[0])


def _last_position_only(graph: Any) -> None:
    """Feed the output layer the last position only: logits [B, 1, V] instead of [B, S, V].

    The final hidden state is the output of the normalisation the logits come from (following each
    node's first input back from ``logits``: a ``MatMul``, or a quantized one, and its scaling)."""
    from onnx import helper, numpy_helper

    producer = {out: node for node in graph.node for out in node.output}
    node = producer.get("logits")
    while node is not None and node.op_type not in ("LayerNormalization", "SkipLayerNormalization"):
        node = producer.get(node.input[0])
    if node is None:
        raise NotRewritable("no normalisation before the output layer")
    hidden = node.output[0]
    last = hidden + LAST_HIDDEN
    graph.initializer.append(numpy_helper.from_array(np.array([-1], np.int64), last + "/index"))
    for consumer in graph.node:
        for i, name in enumerate(consumer.input):
            if name == hidden:
                consumer.input[i] = last
    gather = helper.make_node("Gather", [hidden, last + "/index"], [last], name=last, axis=1)
    graph.node.insert(list(graph.node).index(node) + 1, gather)
    for value in graph.output:
        if value.name == "logits":
            value.type.tensor_type.shape.dim[1].dim_value = 1


def load_graph(folder: Path) -> Any:
    """The variant's ``onnx.ModelProto``; a missing or unreadable file is one :class:`GenerationError` line."""
    import onnx

    path = Path(folder) / modelfolder.VARIANT_MODEL
    if not path.is_file():
        raise GenerationError(f"no {modelfolder.VARIANT_MODEL} in {folder}")
    try:
        return onnx.load(str(path))
    except Exception as exc:  # onnx raises its own types for a bad or truncated file
        raise GenerationError(f"cannot load {path}: {str(exc).splitlines()[0] if str(exc) else exc}") from None


@dataclass(eq=False)
class Slots:
    """Rows of key/value caches, one array per cache input [rows, heads, positions, head size]; row ``r``
    holds its ``lengths[r]`` positions first. ``batch``: the scheduler's batch (one request's prefill is
    not), whose buffer the next batch may reuse in place; a new batch buffer is made with ``room``."""

    arrays: list[np.ndarray]
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    batch: bool = False
    room: int = 0  # the most positions its rows' requests will fill
    hidden: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # per row, its last step's

    @property
    def capacity(self) -> tuple[int, int]:
        return self.arrays[0].shape[0], self.arrays[0].shape[2]


class SharedCacheEngine:
    """An exported with-past decoder whose cache is one in-place buffer (:mod:`export.runtime.shared_cache`)."""

    name = "onnx"

    def __init__(
        self, folder: Path, threads: int = 0, device: str = "cpu", quantized_cache: bool = True, model: Any = None
    ):
        """``model``: the variant's graph when the caller has already loaded it (it is rewritten in place)."""
        model = load_graph(folder) if model is None else model
        shared_cache_graph(model)
        unfuse_skip_layer_norm(model)
        self.cache_dtype: type[np.generic] = np.float32  # np.int8 when the variant's kv_cache.json is used
        self.cache_scales: dict[str, np.ndarray] = {}  # ... and then its scale per cache input [heads, head size]
        if quantized_cache:
            self._quantize_cache(model, folder)
        self.columns: np.ndarray | None = None  # the token id of each logits column (None: every token, in order)
        self.vocabulary: Vocabulary | None = None  # the cut's, when the output layer is cut
        self._others = np.zeros(0, np.int64)
        self._escape: Any = None
        escape = self._cut(model, folder)
        serialized = model.SerializeToString()
        del model  # the weights once more: let them go before the session makes its own copy
        options = session_options(threads)
        try:
            self.session = _session(serialized, options)
            del serialized
            if escape is not None:
                self._escape = _session(escape.SerializeToString(), session_options(threads))
        except Exception as exc:
            failure = Int8CacheNotLoadable if self.cache_dtype == np.int8 else NotRewritable
            raise failure(f"the rewritten graph does not load: {str(exc).splitlines()[0]}") from None
        self.device = "cpu"
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.past_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs() if o.name.startswith("present.")]
        first = inputs[self.past_names[0]]
        self.heads, self.head_dim = int(first.shape[1]), int(first.shape[3])
        self.binding = self.session.io_binding()
        self._bound: tuple[Any, ...] | None = None  # what the binding's cache and outputs point at
        width = self.session.get_outputs()[0].shape[-1]
        if not isinstance(width, int):
            raise NotRewritable("the logits' width is not fixed")
        self._logits = np.empty((0, 1, width), np.float32)  # the outputs' buffers, grown to the rows run
        self._hidden = np.empty((0, 1, self.heads * self.head_dim), np.float32)
        self._spare: Slots | None = None  # the batch buffer last made, reused until the scheduler is idle
        if self.cache_dtype == np.int8:  # some builds accept the graph and refuse it only when it runs
            try:
                self.prefill([0])
            except Exception as exc:
                raise Int8CacheNotLoadable(f"the int8 cache does not run: {str(exc).splitlines()[0]}") from None

    def _quantize_cache(self, model: Any, folder: Path) -> None:
        """Keep the cache in int8 with the variant's scales, if it has them (:mod:`export.runtime.cache_quant`)."""
        pasts = [i for i in model.graph.input if i.name.startswith("past_key_values.")]
        shape = tuple(int(d.dim_value) for d in pasts[0].type.tensor_type.shape.dim[1::2])  # heads, head size
        attended = {n.input[p] for n in model.graph.node if n.op_type == "GroupQueryAttention" for p in PAST_INPUTS}
        try:
            scales = load_scales(folder, [p.name for p in pasts], (shape[0], shape[1]))
        except CacheScalesError as exc:
            logger.warning("%s: keeping the cache in float32", exc)
            return
        if scales is None:
            return
        if attended != set(scales):
            logger.warning("%s: the cache inputs are not all attention's own: keeping the cache in float32", folder)
            return
        quantize_cache(model, scales)
        self.cache_dtype, self.cache_scales = np.int8, scales
        logger.info("%s: KV cache kept in int8", folder)

    def _cut(self, model: Any, folder: Path) -> Any:
        """Cut the output layer to the variant's vocabulary, if it has one; the escape graph, or None."""
        logits = next(o for o in model.graph.output if o.name == "logits")
        vocab_size = int(logits.type.tensor_type.shape.dim[-1].dim_value)
        try:
            vocabulary = Vocabulary.load(folder, vocab_size or None)
        except VocabularyError as exc:
            logger.warning("%s: serving the whole output layer", exc)
            return None
        if vocabulary is None or not vocab_size:
            return None
        missing = np.setdiff1d(Tokens(folder).stop_ids, vocabulary.token_ids)
        if len(missing):  # the loop masks stop tokens among the kept columns only (min_length)
            logger.warning("%s keeps no stop token %s: serving the whole output layer", folder, missing.tolist())
            return None
        try:
            escape = cut_output_layer(model, last_hidden(model), vocabulary, vocab_size)
        except NotCuttable as exc:  # refused before any change: the in-place cache serves the whole layer
            logger.warning("%s: the output layer cannot be cut (%s): serving it whole", folder, exc)
            return None
        self.columns, self.vocabulary = vocabulary.columns, vocabulary
        self._others = vocabulary.others(vocab_size)
        logger.info("%s: output layer cut to %d of %d tokens", folder, len(vocabulary.token_ids), vocab_size)
        return escape

    def escape(self, slots: Slots, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For rows ``rows`` of ``slots`` (which drew the escape column at their last step): the logits of the
        tokens the cut left out [len(rows), U], and those tokens' ids [U]."""
        hidden = np.ascontiguousarray(slots.hidden[np.asarray(rows, np.int64)][:, None, :], np.float32)
        logits = self._escape.run(["logits"], {ESCAPE_INPUT: hidden})[0]
        return np.ascontiguousarray(logits[:, -1, :], np.float32), self._others

    # --- the Engine protocol ------------------------------------------------------------------------------

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Slots]:
        """The prompt's cache, sized to the prompt; ``total`` (the most positions the request will fill) is
        kept so that the batch it joins is made large enough at once."""
        slots = self._allocate(1, _rounded(len(ids) + 1))
        logits = self._run(np.array([ids], np.int64), np.zeros(1, np.int64), slots, 1)
        slots.lengths = np.array([len(ids)], np.int64)
        slots.room = max(total or 0, len(ids) + 1)
        return logits, slots

    def gather(self, parts: Sequence[tuple[Any, np.ndarray, int]], width: int) -> Slots:
        """The scheduler's new batch: the rows ``rows`` of its current batch (in place when that batch comes
        first, has room, and no row is overwritten before it is copied: rows only move up, or each keeps its
        place or fills a hole from above the rows kept) and each fresh request's rows (copied in once).
        ``width`` is not needed here: every row's length travels with it."""
        rows = [(part, np.asarray(chosen, np.int64)) for part, chosen, _ in parts]
        count = sum(len(chosen) for _, chosen in rows)
        longest = max(int(part.lengths[chosen].max()) for part, chosen in rows if len(chosen))
        room = max(longest + 1, *(part.room for part, chosen in rows if len(chosen)))
        first = rows[0][0]
        stay = rows[0][1]  # in place if rows only move up, or each stays or fills a hole from above the rest
        moves_up = bool(np.all(np.diff(stay) > 0))
        in_place = first.batch and (moves_up or bool(np.all((stay == np.arange(len(stay))) | (stay >= len(stay)))))
        if in_place and count <= first.capacity[0] and longest + 1 <= first.capacity[1]:
            batch = first
        elif (
            self._spare is not None
            and all(part is not self._spare for part, _ in rows)  # else rows would be copied onto themselves
            and count <= self._spare.capacity[0]
            and room <= self._spare.capacity[1]
        ):
            batch = self._spare  # the last batch's buffer, kept while the scheduler has work
        else:  # a new buffer: the first batch of a burst, or one that has to grow
            batch = self._allocate(_rows_rounded(count), _rounded(room), batch=True)
            self._spare = batch
        batch.room = max(batch.room, room)
        lengths = np.zeros(count, np.int64)
        hidden = [part.hidden[chosen] for part, chosen in rows if len(part.hidden)]
        start = 0
        for part, chosen in rows:
            places = start + np.arange(len(chosen))
            own = part.lengths[chosen]
            lengths[places] = own
            moved = np.ones(len(chosen), bool) if part is not batch else chosen != places
            # rows of one length in one copy per cache array (a fresh request's rows share their prompt's):
            # row by row, 125 rows took 3,000 small copies, some 70 ms
            for n in np.unique(own[moved]).tolist():
                these = moved & (own == n)
                for target, source in zip(batch.arrays, part.arrays, strict=True):
                    target[places[these], :, :n] = source[chosen[these], :, :n]  # the right side is read first
            start += len(chosen)
        batch.lengths = lengths
        batch.hidden = np.concatenate(hidden) if len(hidden) == len(rows) else np.zeros((0, 0), np.float32)
        return batch

    def decode(self, tokens: np.ndarray, lengths: np.ndarray, width: int, past: Slots) -> tuple[np.ndarray, Slots]:
        rows = len(tokens)
        need = int(lengths.max()) + 1
        if need > past.capacity[1]:
            past = self._regrown(past, need)
        logits = self._run(tokens.reshape(-1, 1).astype(np.int64), lengths.astype(np.int64), past, rows)
        past.lengths = lengths + 1
        return logits, past

    def idle(self) -> None:
        self._spare = None

    def close(self) -> None:
        self.binding = None
        self.session = None
        self._spare = None

    # --- the buffer ----------------------------------------------------------------------------------------

    def _allocate(self, rows: int, positions: int, batch: bool = False) -> Slots:
        shape = (rows, self.heads, positions, self.head_dim)
        return Slots([np.zeros(shape, self.cache_dtype) for _ in self.past_names], batch=batch)

    def _regrown(self, slots: Slots, positions: int) -> Slots:
        """``slots`` copied into a buffer of the same rows and at least ``positions`` positions."""
        rows, have = slots.capacity
        grown = self._allocate(rows, _rounded(positions), batch=slots.batch)
        grown.room = slots.room
        if slots is self._spare:
            self._spare = grown
        for target, source in zip(grown.arrays, slots.arrays, strict=True):
            target[:, :, :have] = source
        grown.lengths, grown.hidden = slots.lengths, slots.hidden
        return grown

    def _run(self, ids: np.ndarray, lengths: np.ndarray, slots: Slots, rows: int) -> np.ndarray:
        """Feed ``ids`` [rows, S] after ``lengths`` cached positions per row; the cache is written in place.

        The cache and the outputs (logits and hidden state, into buffers of this engine's) stay bound
        from step to step while the batch keeps its buffer and its rows, so a step binds four small inputs
        instead of the 2 x 12 cache tensors as well (measured 2-3% faster per step at batch 1 and 8)."""
        b = self.binding
        width = ids.shape[1]
        b.bind_cpu_input("input_ids", ids)
        b.bind_cpu_input("position_ids", (lengths[:, None] + np.arange(width)).astype(np.int64))
        b.bind_cpu_input(SEQLENS, (lengths + width - 1).astype(np.int32))
        b.bind_cpu_input(TOTAL, np.array(int(lengths.max()) + width, np.int32))
        if rows > len(self._logits):
            self._logits = np.empty((_rows_rounded(rows), 1, self._logits.shape[2]), np.float32)
            self._hidden = np.empty((len(self._logits), 1, self._hidden.shape[2]), np.float32)
        # every buffer's address: a freed cache's memory may come back for the next one, but not all of it
        key = (rows, slots.arrays[0].shape, self._logits.ctypes.data, *(a.ctypes.data for a in slots.arrays))
        if key != self._bound:
            b.clear_binding_outputs()
            for name, buffer in (("logits", self._logits), (HIDDEN_OUTPUT, self._hidden)):
                if name == "logits" or self.columns is not None:
                    b.bind_output(name, "cpu", 0, np.float32, [rows, *buffer.shape[1:]], buffer.ctypes.data)
            for past, present, array in zip(self.past_names, self.present_names, slots.arrays, strict=True):
                shape = [rows, *array.shape[1:]]
                b.bind_input(past, "cpu", 0, array.dtype, shape, array.ctypes.data)
                b.bind_output(present, "cpu", 0, array.dtype, shape, array.ctypes.data)
            self._bound = key
        self.session.run_with_iobinding(b)
        if self.columns is not None:
            slots.hidden = self._hidden[:rows, 0].copy()
        return self._logits[:rows, 0].copy()


def _session(serialized: bytes, options: Any) -> Any:
    """An ONNX Runtime CPU session of a serialized graph, loaded from a file (a session made from bytes keeps
    them: the weights a third time)."""
    import onnxruntime as ort

    with tempfile.NamedTemporaryFile(suffix=".onnx") as path:
        path.write(serialized)
        path.flush()
        return ort.InferenceSession(path.name, options, providers=[CPU])


def with_cache_that_runs(engine: type[SharedCacheEngine], folder: Path, threads: int, **settings: Any) -> Any:
    """``engine`` (the in-place engine or a subclass) on ``folder`` with its int8 cache, or with a float32 one
    where this ONNX Runtime cannot run the int8 cache."""
    try:
        return engine(folder, threads, **settings)
    except Int8CacheNotLoadable as exc:
        logger.warning("%s: %s; keeping the cache in float32", folder, exc)
        return engine(folder, threads, quantized_cache=False, **settings)


def onnx_engine(folder: Path, threads: int, device: str) -> Engine:
    """The ONNX engine for a variant folder: on the CPU the in-place shared cache
    (:class:`~export.runtime.shared_cache.SharedCacheEngine`) when its graph can be rewritten, else the
    exported graph as it is (:class:`~export.runtime.engines.OnnxEngine`)."""
    if device == "cpu":
        try:
            return with_cache_that_runs(SharedCacheEngine, folder, threads)
        except NotRewritable as exc:
            logger.info("%s: %s; its cache is copied each step", folder, exc)
    return OnnxEngine(folder, threads, device)


def _rounded(positions: int) -> int:
    return -(-positions // POSITIONS_CHUNK) * POSITIONS_CHUNK


def _rows_rounded(rows: int) -> int:
    return -(-rows // ROWS_CHUNK) * ROWS_CHUNK
