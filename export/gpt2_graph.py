"""A GPT-2 decoder graph written node by node with ONNX Runtime's fused operators.

optimum's export of GPT-2 (transformers' new masking code) leaves about a thousand small nodes per
step (Shape/Gather/Concat chains, an unfused attention), which ONNX Runtime's optimizer cannot fold;
at batch 1 on a CPU they cost as much as the quantized matmuls. This graph has about a dozen nodes per
block: LayerNormalization / SkipLayerNormalization (residual add and bias folded in), one matmul for
Q, K and V, MultiHeadAttention (causal, with the KV cache and the padding mask), FastGelu (GPT-2's
tanh GELU, bias folded in) and the two remaining matmuls.

Its inputs and outputs are those of optimum's ``text-generation-with-past`` export (``input_ids``,
``attention_mask``, ``position_ids``, ``past_key_values.{i}.key/value`` -> ``logits``,
``present.{i}.key/value``), so the runtime and the exporter's checks treat both alike. Weights:

* ``fp32``: as trained (matches PyTorch within 1e-5, left-padded batches included);
* ``int8``: every matmul (the tied lm_head too) int8 per output channel, activations quantized at run
  time (``DynamicQuantizeMatMul``); the token embedding int8 per row;
* ``int4``: the matmuls 4-bit, blocks of 32 along K, symmetric (``MatMulNBits``, int8 compute);
  the embedding int8 per row.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS = ("fp32", "int8", "int4")
INT4_BLOCK = 32
SIDE_FILES = ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "vocab.json",
              "merges.txt", "special_tokens_map.json", "added_tokens.json")


class _Builder:
    def __init__(self, weights: str):
        if weights not in WEIGHTS:
            raise ValueError(f"unknown weights {weights!r}: choose from {', '.join(WEIGHTS)}")
        self.weights = weights
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self.count = 0

    def const(self, name: str, array: np.ndarray) -> str:
        from onnx import numpy_helper

        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(self, op: str, inputs: list[str], outputs: int | list[str] = 1, ms: bool = False, **attrs) -> Any:
        from onnx import helper

        self.count += 1
        name = f"{op}_{self.count}"
        names = outputs if isinstance(outputs, list) else [f"{name}_out{i}" for i in range(outputs)]
        domain = "com.microsoft" if ms else None
        self.nodes.append(helper.make_node(op, inputs, names, name=name, domain=domain, **attrs))
        return names[0] if len(names) == 1 else names

    def linear(self, x: str, w: np.ndarray, name: str) -> str:
        """``x @ w`` for a constant ``w`` [K, N], in the builder's precision (no bias: it is fused elsewhere)."""
        w = np.asarray(w, np.float32)
        if self.weights == "fp32":
            return self.node("MatMul", [x, self.const(name, w)])
        if self.weights == "int8":
            scale = np.abs(w).max(axis=0) / 127.0
            scale[scale == 0] = 1.0
            q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
            inputs = [x, self.const(name + ".q", q), self.const(name + ".scale", scale.astype(np.float32)),
                      self.const(name + ".zero", np.zeros(q.shape[1], np.int8))]
            return self.node("DynamicQuantizeMatMul", inputs, ms=True)
        from onnxruntime.capi._pybind_state import quantize_matmul_4bits

        k, n = w.shape
        blocks = (k + INT4_BLOCK - 1) // INT4_BLOCK
        padded = np.pad(w, ((0, blocks * INT4_BLOCK - k), (0, 0))) if blocks * INT4_BLOCK != k else w
        packed = np.zeros((n, blocks, INT4_BLOCK // 2), np.uint8)
        scales = np.zeros((n, blocks), np.float32)
        zeros = np.zeros((n, (blocks + 1) // 2), np.uint8)
        quantize_matmul_4bits(packed, np.ascontiguousarray(padded), scales, zeros, INT4_BLOCK, n, k, True)
        inputs = [x, self.const(name + ".q4", packed), self.const(name + ".scales", scales)]
        return self.node("MatMulNBits", inputs, ms=True, K=k, N=n, bits=4, block_size=INT4_BLOCK, accuracy_level=4)

    def embedding(self, table: np.ndarray, ids: str, name: str) -> str:
        """Rows of ``table`` for ``ids``: fp32, or int8 per row dequantized after the gather."""
        if self.weights == "fp32":
            return self.node("Gather", [self.const(name, table), ids])
        scale = np.abs(table).max(axis=1, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        q = np.clip(np.rint(table / scale), -127, 127).astype(np.int8)
        rows = self.node("Gather", [self.const(name + ".q", q), ids])
        from onnx import TensorProto

        rows = self.node("Cast", [rows], to=TensorProto.FLOAT)
        scales = self.node("Gather", [self.const(name + ".scale", scale.astype(np.float32)), ids])
        return self.node("Mul", [rows, scales])


def build_graph(model, weights: str = "int8", opset: int = 17):
    """The ``onnx.ModelProto`` of a ``transformers`` ``GPT2LMHeadModel`` (see the module docstring)."""
    from onnx import TensorProto, helper

    config = model.config
    if config.model_type != "gpt2":
        raise ValueError(f"this graph is for GPT-2 models, not {config.model_type!r}")
    sd = {k: v.detach().float().cpu().numpy() for k, v in model.state_dict().items()}
    g = _Builder(weights)
    inputs, outputs = _io(config)
    mask = g.node("Cast", ["attention_mask"], to=TensorProto.INT32)
    tokens = g.embedding(sd["transformer.wte.weight"], "input_ids", "wte")
    positions = g.node("Gather", [g.const("wpe", sd["transformer.wpe.weight"]), "position_ids"])
    h = g.node("Add", [tokens, positions])  # the residual stream
    ln1 = "transformer.h.0.ln_1."
    gamma, beta = g.const("h0.ln1.g", sd[ln1 + "weight"]), g.const("h0.ln1.b", sd[ln1 + "bias"])
    x = g.node("LayerNormalization", [h, gamma, beta], axis=-1, epsilon=float(config.layer_norm_epsilon))
    for i in range(config.n_layer):
        x, h = _block(g, sd, config, i, x, h, mask)
    lm_head = sd.get("lm_head.weight", sd["transformer.wte.weight"])
    g.node("Identity", [g.linear(x, lm_head.T, "lm_head")], ["logits"])
    graph = helper.make_graph(g.nodes, "gpt2_decoder_with_past", inputs, outputs, g.initializers)
    # IR version 8 is what opset 17 needs; newer onnx packages default to versions older runtimes refuse.
    opsets = [helper.make_opsetid("", opset), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(graph, opset_imports=opsets, producer_name="imitate.export.gpt2_graph", ir_version=8)


def _io(config) -> tuple[list[Any], list[Any]]:
    """optimum's input and output names and shapes for a GPT-2 decoder with past."""
    from onnx import TensorProto, helper

    b, s, p = "batch_size", "sequence_length", "past_sequence_length"
    heads, dim = config.n_head, config.n_embd // config.n_head
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, [b, s]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, [b, "total_sequence_length"]),
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, [b, s]),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [b, s, config.vocab_size])]
    for i in range(config.n_layer):
        for kind in ("key", "value"):
            past, present = f"past_key_values.{i}.{kind}", f"present.{i}.{kind}"
            inputs.append(helper.make_tensor_value_info(past, TensorProto.FLOAT, [b, heads, p, dim]))
            outputs.append(helper.make_tensor_value_info(present, TensorProto.FLOAT, [b, heads, f"{p} + {s}", dim]))
    return inputs, outputs


def _block(g: _Builder, sd: dict[str, np.ndarray], config, i: int, x: str, h: str, mask: str) -> tuple[str, str]:
    """Block ``i``: ``x`` is its normalised input, ``h`` the residual stream; returns the next block's pair.

    The next LayerNorm (or the final one) closes the block, fused with the residual add and the bias.
    """
    p, eps = f"transformer.h.{i}.", float(config.layer_norm_epsilon)
    qkv = g.linear(x, sd[p + "attn.c_attn.weight"], f"h{i}.qkv")
    q, k, v = g.node("Split", [qkv, g.const(f"h{i}.split", np.array([config.n_embd] * 3, np.int64))], 3, axis=-1)
    attention_inputs = [q, k, v, g.const(f"h{i}.qkv.b", sd[p + "attn.c_attn.bias"]), mask, "",
                        f"past_key_values.{i}.key", f"past_key_values.{i}.value"]
    attention = g.node("MultiHeadAttention", attention_inputs, [f"h{i}.attn", f"present.{i}.key", f"present.{i}.value"],
                       ms=True, num_heads=config.n_head, unidirectional=1)[0]
    projected = g.linear(attention, sd[p + "attn.c_proj.weight"], f"h{i}.o")
    x, _, _, h = g.node("SkipLayerNormalization", [
        projected, h, g.const(f"h{i}.ln2.g", sd[p + "ln_2.weight"]), g.const(f"h{i}.ln2.b", sd[p + "ln_2.bias"]),
        g.const(f"h{i}.o.b", sd[p + "attn.c_proj.bias"])], 4, ms=True, epsilon=eps)
    fc = g.linear(x, sd[p + "mlp.c_fc.weight"], f"h{i}.fc")
    gelu = g.node("FastGelu", [fc, g.const(f"h{i}.fc.b", sd[p + "mlp.c_fc.bias"])], ms=True)
    mlp = g.linear(gelu, sd[p + "mlp.c_proj.weight"], f"h{i}.proj")
    last = i + 1 == config.n_layer
    ln, tag = ("transformer.ln_f.", "lnf") if last else (f"transformer.h.{i + 1}.ln_1.", f"h{i + 1}.ln1")
    x, _, _, h = g.node("SkipLayerNormalization", [
        mlp, h, g.const(f"{tag}.g", sd[ln + "weight"]), g.const(f"{tag}.b", sd[ln + "bias"]),
        g.const(f"h{i}.proj.b", sd[p + "mlp.c_proj.bias"])], 4, ms=True, epsilon=eps)
    return x, h


def export_graph(model_dir: Path, dst: Path, weights: str = "int8", opset: int = 17) -> dict[str, Any]:
    """Write ``dst/model.onnx`` (and the model's config, tokenizer and generation files) from ``model_dir``."""
    import onnx
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, local_files_only=True).eval()
    proto = build_graph(model, weights, opset)
    dst = Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    large = sum(t.ByteSize() for t in proto.graph.initializer) > 1_800_000_000
    onnx.save_model(proto, str(dst / "model.onnx"), save_as_external_data=large, location="model.onnx_data")
    for name in SIDE_FILES:
        if (Path(model_dir) / name).is_file():
            shutil.copy2(Path(model_dir) / name, dst / name)
    counts: dict[str, int] = {}
    for node in proto.graph.node:
        counts[node.op_type] = counts.get(node.op_type, 0) + 1
    return {"builder": "export.gpt2_graph", "weights": weights, "opset": opset,
            "node_types": dict(sorted(counts.items())), "int4_block_size": INT4_BLOCK if weights == "int4" else None}


def write_manifest_stub(dst: Path, info: dict[str, Any]) -> None:
    """A minimal ``manifest.json`` for a graph built outside the exporter (benchmarks, tests): unchecked."""
    (Path(dst) / "manifest.json").write_text(json.dumps({**info, "checked": False}, indent=2) + "\n", encoding="utf-8")
