"""Building each ONNX variant from the fp32 export: graph rewrites, fusion, quantization, fp16.

Every builder reads ``<src>/model.onnx`` and writes ``<dst>/model.onnx`` plus the side files
(config, generation config, tokenizer), so each folder can be loaded alone. What a builder did
(fusions applied, node types) comes back as a dict for the manifest.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import onnx
from onnx import helper, numpy_helper

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
INT4_BLOCK_SIZE = 32


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
        _drop_unused_initializers(model)
    return rewritten


def _drop_unused_initializers(model: onnx.ModelProto) -> None:
    used = {name for node in model.graph.node for name in node.input}
    keep = [init for init in model.graph.initializer if init.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend(keep)


def fuse(model: onnx.ModelProto, num_heads: int, hidden_size: int) -> tuple[onnx.ModelProto, dict[str, int]]:
    """ORT's GPT-2 fusions (attention, GELU, LayerNorm, SkipLayerNorm); returns the graph and what applied.

    On optimum's with-past graph (transformers' new masking code) the attention pattern does not match,
    so attention stays as MatMul/Softmax; GELU and the LayerNorms fuse.
    """
    from onnxruntime.transformers.optimizer import optimize_model

    with quiet():
        optimized = optimize_model(model, model_type="gpt2", num_heads=num_heads, hidden_size=hidden_size, opt_level=0)
        stats = {name: int(count) for name, count in optimized.get_fused_operator_statistics().items() if count}
    model = optimized.model
    if not any(op.domain == "com.microsoft" for op in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model, stats


def prepared_fp32(src: Path, config: dict[str, Any]) -> tuple[onnx.ModelProto, dict[str, Any]]:
    """The fp32 graph with Gemm rewritten and ORT fusions applied, the common start of every variant."""
    model = onnx.load(str(Path(src) / MODEL_FILE))
    # Fuse first: the optimizer turns most Gemms into MatMul itself and keeps their shapes simple; the rest
    # (the attention output projections) are rewritten here.
    model, fusions = fuse(model, num_heads=config["n_head"], hidden_size=config["n_embd"])
    rewritten = gemm_to_matmul(model)
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
    into DynamicQuantizeMatMul when the session loads).
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


def build_int4(src: Path, dst: Path, config: dict[str, Any]) -> dict[str, Any]:
    """Weight-only 4-bit (MatMulNBits, block 32, symmetric) for every constant-weight MatMul, lm_head included."""
    try:
        from onnxruntime.quantization.matmul_nbits_quantizer import (
            DefaultWeightOnlyQuantConfig,
            MatMulNBitsQuantizer,
        )
    except ImportError as exc:  # the quantizer needs the onnx-ir package
        from export.errors import ExportError

        raise ExportError(f"int4 needs onnxruntime's MatMulNBits quantizer, which failed to import: {exc}") from None
    model, info = prepared_fp32(src, config)
    quant_config = DefaultWeightOnlyQuantConfig(
        block_size=INT4_BLOCK_SIZE,
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
    return {**info, "quantization": f"weight-only int4 MatMulNBits, block {INT4_BLOCK_SIZE}, symmetric"}


def build_fp16(src: Path, dst: Path, config: dict[str, Any]) -> dict[str, Any]:
    """Mixed fp16 for CUDA: weights and matmuls in fp16, normalisations/softmax in fp32, fp32 inputs/outputs."""
    from onnxruntime.tools.symbolic_shape_infer import SymbolicShapeInference
    from onnxruntime.transformers.float16 import convert_float_to_float16

    model, info = prepared_fp32(src, config)
    # The converter places Casts by tensor type; the rewritten and fused nodes need their types inferred first.
    with quiet():
        model = SymbolicShapeInference.infer_shapes(model, auto_merge=True)
        model = convert_float_to_float16(model, keep_io_types=True, op_block_list=list(FP16_OP_BLOCK_LIST))
    dst.mkdir(parents=True, exist_ok=True)
    save_model(model, dst)
    copy_side_files(src, dst)
    return {**info, "precision": "fp16 weights and matmuls; fp32 kept for " + ", ".join(FP16_OP_BLOCK_LIST)}


BUILDERS = {"int8": build_int8, "int4": build_int4, "fp16": build_fp16}
