"""Building each ONNX variant from the fp32 export: graph rewrites, fusion, quantization, fp16.

Every builder reads ``<src>/model.onnx`` and writes ``<dst>/model.onnx`` plus the side files
(config, generation config, tokenizer), so each folder can be loaded alone. What a builder did
(fusions applied, node types) comes back as a dict for the manifest.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import math
import shutil
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import onnx
from onnx import TensorProto, helper, numpy_helper

from export.runtime.vocabulary import drop_unused_initializers
from imitate.config import ExportConfig

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence the INFO/WARNING chatter of onnxruntime's optimizer and quantizers (they log to root-level
    loggers such as ``fusion_base``, and dump whole nodes); errors still pass, and we log our own summary."""
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(logging.NOTSET)


MODEL_FILE = "model.onnx"
EXTERNAL_DATA_LIMIT = 1_800_000_000  # protobuf cannot hold 2 GiB: larger models keep weights beside the graph
QUANTIZED_OP_TYPES = (
    "MatMulInteger",
    "DynamicQuantizeMatMul",
    "QGemm",
    "MatMulNBits",
    "DynamicQuantizeLinear",
    "DequantizeLinear",
    "QuantizeLinear",
)
# Ops kept in fp32 inside the fp16 graph: normalisations and softmax overflow or lose too much in fp16,
# and the fp32 ``Pow``/``Sqrt`` of gelu_new and the attention scale sit on the same path.
FP16_OP_BLOCK_LIST = (
    "LayerNormalization",
    "SkipLayerNormalization",
    "SimplifiedLayerNormalization",
    "SkipSimplifiedLayerNormalization",
    "Softmax",
    "Pow",
    "Sqrt",
    "ReduceMean",
    "IsNaN",
    "Range",
    "CumSum",
)
INT4_BLOCK_SIZE = ExportConfig.int4_block_size[0]  # the first block size [export] int4_block_size tries


# --- files ------------------------------------------------------------------------------------------


def copy_side_files(src: Path, dst: Path) -> None:
    """Copy everything but the ONNX graph, its weights and the manifest (config, tokenizer, ...)."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in Path(src).iterdir():
        if path.is_file() and not path.name.startswith(MODEL_FILE) and path.name != "manifest.json":
            shutil.copy2(path, dst / path.name)


def save_model(model: onnx.ModelProto, folder: Path) -> Path:
    """Save as ``folder/model.onnx``; weights go to ``model.onnx_data`` only when the graph is too big."""
    path = Path(folder) / MODEL_FILE
    size = sum(init.ByteSize() for init in model.graph.initializer)
    external = size > EXTERNAL_DATA_LIMIT
    onnx.save_model(
        model, str(path), save_as_external_data=external, all_tensors_to_one_file=True, location=MODEL_FILE + "_data"
    )
    return path


def node_type_counts(model: onnx.ModelProto | Path) -> dict[str, int]:
    if not isinstance(model, onnx.ModelProto):
        model = onnx.load(str(model), load_external_data=False)
    counts = collections.Counter(node.op_type for node in model.graph.node)
    return dict(sorted(counts.items()))


def model_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).glob(MODEL_FILE + "*"))


# --- graph rewrites ---------------------------------------------------------------------------------


def gemm_to_matmul(model: onnx.ModelProto) -> int:
    """Rewrite ``Gemm(A, W, b)`` with a constant ``W`` as ``MatMul(A, W) + b``.

    GPT-2's Conv1D layers export as Gemm, which dynamic quantization leaves in fp32; as MatMul they are
    quantized, and the transformer optimizer can fold the bias Add into FastGelu / SkipLayerNorm.
    Returns the number of nodes rewritten.
    """
    inits = {init.name: init for init in model.graph.initializer}
    new_nodes, rewritten = [], 0
    for node in model.graph.node:
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if (
            node.op_type != "Gemm"
            or node.input[1] not in inits
            or attrs.get("alpha", 1.0) != 1.0
            or attrs.get("beta", 1.0) != 1.0
            or attrs.get("transA", 0)
        ):
            new_nodes.append(node)
            continue
        weight = node.input[1]
        if attrs.get("transB", 0):
            array = numpy_helper.to_array(inits[weight]).T.copy()
            weight = f"{weight}_transposed"
            model.graph.initializer.append(numpy_helper.from_array(array, weight))
        has_bias = len(node.input) > 2 and node.input[2]
        product = f"{node.output[0]}_matmul" if has_bias else node.output[0]
        new_nodes.append(helper.make_node("MatMul", [node.input[0], weight], [product], name=f"{node.name}_MatMul"))
        if has_bias:
            add = helper.make_node("Add", [product, node.input[2]], [node.output[0]], name=f"{node.name}_Add")
            new_nodes.append(add)
        rewritten += 1
    if rewritten:
        del model.graph.node[:]
        model.graph.node.extend(new_nodes)
        drop_unused_initializers(model.graph)
    return rewritten


def fuse(model: onnx.ModelProto, num_heads: int, hidden_size: int) -> tuple[onnx.ModelProto, dict[str, int]]:
    """ORT's GPT-2 fusions (attention, GELU, LayerNorm, SkipLayerNorm); returns the graph and what applied.

    On optimum's with-past graph (transformers' new masking code) the attention pattern does not match,
    so attention stays as MatMul/Softmax here (:func:`fuse_attention` does it); GELU and the LayerNorms fuse.
    """
    from onnxruntime.transformers.optimizer import optimize_model

    with quiet():
        optimized = optimize_model(model, model_type="gpt2", num_heads=num_heads, hidden_size=hidden_size, opt_level=0)
        stats = {name: int(count) for name, count in optimized.get_fused_operator_statistics().items() if count}
    model = optimized.model
    if not any(op.domain == "com.microsoft" for op in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model, stats


@dataclass
class _AttentionMatch:
    """One layer's attention as optimum exports it, found from the layer's cache inputs and outputs."""

    layer: int
    split: onnx.NodeProto  # c_attn output split into q, k, v [B, S, hidden]
    concat_key: onnx.NodeProto  # past_key_values.{i}.key ++ k -> present.{i}.key
    concat_value: onnx.NodeProto
    output: onnx.NodeProto  # the Reshape giving the attention output [B, S, hidden], before c_proj


def fuse_attention(model: onnx.ModelProto, num_heads: int, scales: list[float]) -> int:
    """Replace each layer's attention with one ``com.microsoft.MultiHeadAttention`` node (in place).

    ORT's GPT-2 fusion does not match optimum's with-past graph (transformers' masking code builds the
    causal mask differently), so each layer still runs ~60 small nodes: reshapes, transposes, the cache
    concat, Q.K, mask, softmax, A.V. At batch 1 those cost as much as the weight matmuls. This rewrite is
    anchored on what does not change: the layer's ``past_key_values.{i}.key/value`` inputs concatenated
    into ``present.{i}.key/value``, back to the split of the fused QKV projection, and forward from A.V to
    the attention output. MultiHeadAttention takes q, k, v [B, S, hidden], the past cache and the 2-D
    attention mask (left padding), is causal (``unidirectional``), and returns the output and the present
    cache under the same names, so the graph's inputs and outputs are unchanged. ``scales[i]`` is layer
    ``i``'s softmax scale. Returns the number of layers fused: all, or 0 (graph left as it was) when any
    layer does not match.
    """
    graph = model.graph
    if "attention_mask" not in {i.name for i in graph.input}:
        return 0
    producer = {out: node for node in graph.node for out in node.output}
    consumers = _consumers(graph)
    matches = []
    for layer in range(len(scales)):
        match = _match_attention(layer, producer, consumers)
        if match is None:
            logger.info("attention of layer %d does not match the expected pattern: left unfused", layer)
            return 0
        matches.append(match)
    outputs = _insert_attention_nodes(graph, matches, num_heads, scales)
    unflattened = _unflatten_projections(model, outputs)
    removed = remove_dead_nodes(model)
    logger.debug("attention fused in %d layers (%d nodes dropped, %d reshapes)", len(matches), removed, unflattened)
    return len(matches)


def _insert_attention_nodes(
    graph: onnx.GraphProto, matches: list[_AttentionMatch], num_heads: int, scales: list[float]
) -> list[str]:
    """One MultiHeadAttention per match, producing the names its old nodes produced; returns its outputs."""
    mask = "attention_mask_int32"
    before: dict[int, list[onnx.NodeProto]] = {}
    outputs = []
    for m in matches:
        past_key, past_value = m.concat_key.input[0], m.concat_value.input[0]
        present_key, present_value, output = m.concat_key.output[0], m.concat_value.output[0], m.output.output[0]
        outputs.append(output)
        for node in (m.concat_key, m.concat_value, m.output):  # the old producers become dead code
            node.output[0] += "_unfused"
        mha = helper.make_node(
            "MultiHeadAttention",
            [*m.split.output, "", mask, "", past_key, past_value],
            [output, present_key, present_value],
            name=f"MultiHeadAttention_{m.layer}",
            domain="com.microsoft",
            num_heads=num_heads,
            unidirectional=1,
            scale=float(scales[m.layer]),
        )
        before.setdefault(id(m.output), []).append(mha)
    nodes = [helper.make_node("Cast", ["attention_mask"], [mask], name=mask, to=TensorProto.INT32)]
    for node in graph.node:  # each MHA goes where its output used to be made: after its inputs, before its users
        nodes.extend(before.get(id(node), []))
        nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    return outputs


def _consumers(graph: onnx.GraphProto) -> dict[str, list[onnx.NodeProto]]:
    consumers: dict[str, list[onnx.NodeProto]] = collections.defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node)
    return consumers


def _perm(node: onnx.NodeProto) -> list[int] | None:
    return next((list(helper.get_attribute_value(a)) for a in node.attribute if a.name == "perm"), None)


def _heads_path_to_split(name: str, producer: dict[str, onnx.NodeProto]) -> tuple[onnx.NodeProto | None, str]:
    """Walk back from a [B, heads, S, head] tensor through Reshape and Transpose(0, 2, 1, 3) to a Split."""
    node = producer.get(name)
    while node is not None and node.op_type in ("Reshape", "Transpose"):
        if node.op_type == "Transpose" and _perm(node) != [0, 2, 1, 3]:
            return None, name
        name = node.input[0]
        node = producer.get(name)
    return (node, name) if node is not None and node.op_type == "Split" and len(node.output) == 3 else (None, name)


def _match_attention(
    layer: int, producer: dict[str, onnx.NodeProto], consumers: dict[str, list[onnx.NodeProto]]
) -> _AttentionMatch | None:
    past_key, past_value = f"past_key_values.{layer}.key", f"past_key_values.{layer}.value"
    concat_key = producer.get(f"present.{layer}.key")
    concat_value = producer.get(f"present.{layer}.value")
    if concat_key is None or concat_value is None:
        return None
    if not all(n.op_type == "Concat" and len(n.input) == 2 for n in (concat_key, concat_value)):
        return None
    if (concat_key.input[0], concat_value.input[0]) != (past_key, past_value):
        return None
    split, key = _heads_path_to_split(concat_key.input[1], producer)
    split_v, value = _heads_path_to_split(concat_value.input[1], producer)
    if split is None or split is not split_v or [key, value] != list(split.output[1:]):
        return None
    # probs @ present_value -> Transpose(0, 2, 1, 3) -> Reshape to [B, S, hidden]
    present_value = concat_value.output[0]
    chain = [n for n in consumers[present_value] if n.op_type == "MatMul" and n.input[1] == present_value]
    for op in ("Transpose", "Reshape"):
        if len(chain) != 1:
            return None
        chain = consumers[chain[0].output[0]]
        if len(chain) != 1 or chain[0].op_type != op or (op == "Transpose" and _perm(chain[0]) != [0, 2, 1, 3]):
            return None
    return _AttentionMatch(layer, split, concat_key, concat_value, chain[0])


def _unflatten_projections(model: onnx.ModelProto, names: list[str]) -> int:
    """Drop the Reshape to 2-D and back around the output projection (Conv1D's export) of each ``names``.

    ``x [B, S, hidden] -> Reshape [B*S, hidden] -> MatMul W -> Add b -> Reshape [B, S, out]`` becomes
    ``x -> MatMul W -> Add b``: MatMul broadcasts over the leading dimensions, and the shape arithmetic
    feeding both Reshapes goes with them.
    """
    graph = model.graph
    consumers = _consumers(graph)
    inits = {init.name for init in graph.initializer}
    done = 0
    for name in names:
        flatten = [n for n in consumers[name] if n.op_type == "Reshape" and n.input[0] == name]
        if len(flatten) != 1 or len(consumers[flatten[0].output[0]]) != 1:
            continue
        matmul = consumers[flatten[0].output[0]][0]
        adds = consumers[matmul.output[0]]
        if matmul.op_type != "MatMul" or matmul.input[1] not in inits or len(adds) != 1 or adds[0].op_type != "Add":
            continue
        unflatten = consumers[adds[0].output[0]]
        if len(unflatten) != 1 or unflatten[0].op_type != "Reshape" or adds[0].input[1] not in inits:
            continue
        matmul.input[0] = name
        result = unflatten[0].output[0]
        unflatten[0].output[0] += "_unused"
        adds[0].output[0] = result
        done += 1
    return done


def remove_dead_nodes(model: onnx.ModelProto) -> int:
    """Drop nodes whose outputs reach no graph output, then unused initializers; returns the nodes dropped."""
    graph = model.graph
    needed = {out.name for out in graph.output}
    keep = []
    for node in reversed(graph.node):  # the graph is topologically sorted
        if any(out in needed for out in node.output if out):
            keep.append(node)
            needed.update(name for name in node.input if name)
    removed = len(graph.node) - len(keep)
    del graph.node[:]
    graph.node.extend(reversed(keep))
    drop_unused_initializers(model.graph)
    return removed


def attention_scales(config: dict[str, Any]) -> list[float]:
    """GPT-2's softmax scale per layer: 1/sqrt(head size) (if ``scale_attn_weights``), / (layer + 1) optionally."""
    head = config["n_embd"] // config["n_head"]
    base = 1.0 / math.sqrt(head) if config.get("scale_attn_weights", True) else 1.0
    by_layer = config.get("scale_attn_by_inverse_layer_idx", False)
    return [base / (i + 1) if by_layer else base for i in range(config["n_layer"])]


def prepared_fp32(src: Path, config: dict[str, Any], attention: bool = True) -> tuple[onnx.ModelProto, dict[str, Any]]:
    """The fp32 graph with Gemm rewritten and ORT fusions applied, the common start of every variant.

    ``attention``: also fuse each layer's attention into MultiHeadAttention (:func:`fuse_attention`).
    """
    model = onnx.load(str(Path(src) / MODEL_FILE))
    # Fuse first: the optimizer turns most Gemms into MatMul itself and keeps their shapes simple; the rest
    # (the attention output projections) are rewritten here.
    model, fusions = fuse(model, num_heads=config["n_head"], hidden_size=config["n_embd"])
    rewritten = gemm_to_matmul(model)
    if attention:
        fused = fuse_attention(model, config["n_head"], attention_scales(config))
        if fused:
            fusions["MultiHeadAttention"] = fused
    logger.info("graph: %d Gemm rewritten as MatMul+Add; fusions applied: %s", rewritten, fusions or "none")
    return model, {"gemm_rewritten": rewritten, "fusions": fusions}


# --- variants ---------------------------------------------------------------------------------------

TASK = "text-generation-with-past"
SOURCE_SIDE_FILES = (
    "generation_config.json",  # carries our custom "prefix" and sampling defaults: copied as saved
    "tokenizer.json",
    "tokenizer_config.json",
    "vocab.json",
    "merges.txt",
    "special_tokens_map.json",
    "added_tokens.json",
)


def build_fp32(model_dir: Path, dst: Path, opset: int) -> dict[str, Any]:
    """optimum's exporter: one decoder graph with a KV cache (``past_key_values.*`` in, ``present.*`` out)."""
    from optimum.exporters.onnx import main_export

    with quiet():
        main_export(
            str(model_dir),
            output=str(dst),
            task=TASK,
            opset=opset,
            device="cpu",
            do_validation=False,  # our own check against PyTorch follows, with a left-padded batch
            local_files_only=True,
        )
    for name in SOURCE_SIDE_FILES:
        if (Path(model_dir) / name).is_file():
            shutil.copy2(Path(model_dir) / name, dst / name)
    return {"exporter": "optimum.exporters.onnx.main_export", "task": TASK}


def build_int8(src: Path, dst: Path, config: dict[str, Any]) -> dict[str, Any]:
    """Dynamic int8: every constant-weight MatMul (the 4 per block and the tied lm_head) and the embeddings.

    Weights are int8 per output channel; activations are quantized at run time (ORT fuses the result
    into DynamicQuantizeMatMul when the session loads). Attention is fused (:func:`fuse_attention`).
    Per-tensor weights run about 15% faster on 2 cores but lose more precision on trained GPT-2 weights.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model, info = prepared_fp32(src, config)
    dst.mkdir(parents=True, exist_ok=True)
    with quiet():
        quantize_dynamic(
            model,
            dst / MODEL_FILE,
            op_types_to_quantize=["MatMul", "Gather"],
            per_channel=True,
            weight_type=QuantType.QInt8,
            extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT},
            use_external_data_format=sum(i.ByteSize() for i in model.graph.initializer) > EXTERNAL_DATA_LIMIT,
        )
    copy_side_files(src, dst)
    return {**info, "quantization": "dynamic int8, per-channel weights, MatMul (const B) + Gather"}


def int4_block_sizes(sizes: tuple[int, ...], config: dict[str, Any]) -> list[int]:
    """The int4 block sizes of ``sizes`` (``[export] int4_block_size``) to try for a model of ``config``, in
    order: those no larger than its hidden size, the shortest row its matrices multiply over (a larger block
    pads every such row to the block: more bytes and work for no precision), or else the smallest one."""
    hidden = int(config.get("n_embd") or 0)
    fitting = [size for size in sizes if not hidden or size <= hidden]
    return fitting or [min(sizes)]


def build_int4(
    src: Path,
    dst: Path,
    config: dict[str, Any],
    block_size: int = INT4_BLOCK_SIZE,
    prepared: tuple[onnx.ModelProto, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Weight-only 4-bit (MatMulNBits, symmetric, one scale per ``block_size`` weights) for every
    constant-weight MatMul, lm_head included.

    ``accuracy_level=4`` lets the CPU kernel multiply with int8 activations (much faster than dequantizing
    to fp32); attention is fused (:func:`fuse_attention`). Larger blocks are faster: ONNX Runtime's kernel
    does work per block for every row, so on a 2-core Xeon (GPT-2 124M, a cut output layer) blocks of 256
    made 58% more tokens a second than blocks of 32 at batch 1 and took 21% less time for 5 rows, at a larger
    quantization error, which the perplexity gate judges (:func:`int4_block_sizes` gives the sizes to try).

    ``prepared``: :func:`prepared_fp32`'s result for ``src``, to build several block sizes from one
    preparation; it is copied, not changed (the quantizer rewrites its model in place).
    """
    try:
        from onnxruntime.quantization.matmul_nbits_quantizer import (
            DefaultWeightOnlyQuantConfig,
            MatMulNBitsQuantizer,
        )
    except ImportError as exc:  # the quantizer needs the onnx-ir package
        from export.errors import ExportError

        raise ExportError(f"int4 needs onnxruntime's MatMulNBits quantizer, which failed to import: {exc}") from None
    if prepared is None:
        model, info = prepared_fp32(src, config)
    else:
        model, info = onnx.ModelProto(), dict(prepared[1])
        model.CopyFrom(prepared[0])
    quant_config = DefaultWeightOnlyQuantConfig(
        block_size=block_size,
        is_symmetric=True,
        accuracy_level=4,
        op_types_to_quantize=("MatMul", "Gather"),
        quant_axes=(("MatMul", 0), ("Gather", 1)),
    )
    quantizer = MatMulNBitsQuantizer(model, algo_config=quant_config)
    with quiet():  # it warns that it raises the opset to 21 and the IR version to 10 for the int4 type
        quantizer.process()
    dst.mkdir(parents=True, exist_ok=True)
    save_model(quantizer.model.model, dst)
    copy_side_files(src, dst)
    return {**info, "quantization": f"weight-only int4 MatMulNBits, block {block_size}, symmetric"}


def build_fp16(src: Path, dst: Path, config: dict[str, Any]) -> dict[str, Any]:
    """Mixed fp16 for CUDA: weights and matmuls in fp16, normalisations/softmax in fp32, fp32 inputs/outputs."""
    from onnxruntime.tools.symbolic_shape_infer import SymbolicShapeInference
    from onnxruntime.transformers.float16 import convert_float_to_float16

    # Attention stays unfused here: MultiHeadAttention with a past cache and a 2-D mask is checked on the CPU
    # kernels only, and this variant runs on CUDA.
    model, info = prepared_fp32(src, config, attention=False)
    # The converter places Casts by tensor type; the rewritten and fused nodes need their types inferred first.
    with quiet():
        model = SymbolicShapeInference.infer_shapes(model, auto_merge=True)
        model = convert_float_to_float16(model, keep_io_types=True, op_block_list=list(FP16_OP_BLOCK_LIST))
    drop_repeated_nodes(model)
    dst.mkdir(parents=True, exist_ok=True)
    save_model(model, dst)
    copy_side_files(src, dst)
    return {**info, "precision": "fp16 weights and matmuls; fp32 kept for " + ", ".join(FP16_OP_BLOCK_LIST)}


def drop_repeated_nodes(model: onnx.ModelProto) -> int:
    """Remove nodes that repeat an earlier node exactly (same name, op, inputs, outputs, attributes).

    onnxruntime 1.31's fp16 converter (the `gpu` extra's build) inserts one Cast per consumer of an fp16
    tensor feeding a kept-fp32 op, all with the same name and output: ONNX Runtime refuses such a graph
    ("two nodes with same node name"). 1.32 shares one Cast; this makes 1.31's output the same.
    """
    seen: set[bytes] = set()
    kept = []
    for node in model.graph.node:
        key = node.SerializeToString(deterministic=True)
        if node.name and key in seen:
            continue
        seen.add(key)
        kept.append(node)
    dropped = len(model.graph.node) - len(kept)
    if dropped:
        del model.graph.node[:]
        model.graph.node.extend(kept)
        infos = _first_per_name(model.graph.value_info)
        del model.graph.value_info[:]
        model.graph.value_info.extend(infos)
    return dropped


def _first_per_name(infos: Iterable[onnx.ValueInfoProto]) -> list[onnx.ValueInfoProto]:
    """The first entry of each name, in order."""
    firsts: dict[str, onnx.ValueInfoProto] = {}
    for info in infos:
        firsts.setdefault(info.name, info)
    return list(firsts.values())


BUILDERS = {"int8": build_int8, "int4": build_int4, "fp16": build_fp16}
