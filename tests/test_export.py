"""ONNX export of a tiny GPT-2: parity with PyTorch, manifest, quantized variants, quality gate, bad input.

One tiny model (2 layers, 64 wide, real 50,257-token vocabulary) is trained for a few steps so its
predictions are peaked (a random model's near-uniform perplexity would hide any quantization error),
then exported once per module; the error-path tests each check that nothing is left behind.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import pytest

from export import onnx as export_onnx
from export import quality, variants
from export.errors import ExportError
from export.manifest import read_manifest, sha256_file, verify_files
from export.onnx import VariantResult, export_model
from imitate.config import BuiltinModelConfig, Config
from trainer.model import save_builtin_model
from trainer.posts import Post, save_posts

pytestmark = pytest.mark.slow

HANDLE = "alice"
TINY = BuiltinModelConfig(n_layer=2, n_head=2, n_embd=64, n_positions=128)
VAL_IDS = {"3", "8", "13", "18", "23"}


def _posts() -> list[Post]:
    texts = list(quality.BUILTIN_TEXTS)
    texts[2] = "New blog post is up &amp; ready: https://example.com/post ten things I learned"  # cleaned on read
    return [Post(str(i), "", t, False, False, "file") for i, t in enumerate(texts, start=1)]


def _train_a_little(folder: Path, texts: list[str], steps: int = 40) -> None:
    """A few AdamW steps on the posts so the model's predictions are no longer near-uniform."""
    import torch
    from transformers import AutoTokenizer, GPT2LMHeadModel

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    blocks = torch.from_numpy(quality.token_blocks(tokenizer, texts, block=64))
    model = GPT2LMHeadModel.from_pretrained(folder)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    for _ in range(steps):
        loss = model(input_ids=blocks, labels=blocks).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.save_pretrained(folder)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """``<data>/tweets/alice.jsonl`` and a trained ``<data>/models/alice`` with its data_split.json."""
    data = tmp_path_factory.mktemp("data")
    posts = _posts()
    save_posts(data / "tweets" / f"{HANDLE}.jsonl", posts)
    folder = save_builtin_model(data / "models" / HANDLE, TINY, seed=0)
    _train_a_little(folder, [p.text for p in posts if p.id not in VAL_IDS])
    split = {
        "handles": [HANDLE],
        "train_ids": {HANDLE: [p.id for p in posts if p.id not in VAL_IDS]},
        "val_ids": {HANDLE: sorted(VAL_IDS)},
    }
    (folder / "data_split.json").write_text(json.dumps(split), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def cfg(data_dir: Path) -> Config:
    return Config(data_dir=data_dir)


@pytest.fixture(scope="module")
def exported(cfg: Config) -> dict[str, VariantResult]:
    results = export_model(cfg, HANDLE, variants=["fp32", "int8", "int4"])
    return {r.variant: r for r in results}


def _model_copy(data_dir: Path, tmp_path: Path, with_onnx: bool = False) -> Path:
    dst = tmp_path / "copy"
    shutil.copytree(data_dir / "models" / HANDLE, dst, ignore=None if with_onnx else shutil.ignore_patterns("onnx"))
    return dst


def _cuda_ready() -> bool:
    import torch

    from export.providers import cuda_built

    return torch.cuda.is_available() and cuda_built()


def _tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) if folder.exists() else []


# --- fp32 ---------------------------------------------------------------------------------------------


def test_fp32_matches_pytorch_and_is_published(exported, cfg, data_dir):
    result = exported["fp32"]
    assert result.published, result.summary()
    parity = result.metrics["parity"]
    assert parity["max_abs_diff"] <= cfg.export.logits_atol
    assert parity["greedy_equal"] and parity["greedy_tokens"] == cfg.export.greedy_tokens
    assert result.metrics["perplexity"] == pytest.approx(result.metrics["torch_perplexity"], rel=1e-4)
    assert result.path == data_dir / "models" / HANDLE / "onnx" / "fp32"
    assert result.summary().startswith("fp32: published") and "greedy" in result.summary()
    # Nothing of the work folder is left beside onnx/.
    assert not [p for p in (data_dir / "models" / HANDLE).iterdir() if p.name.startswith(".")]


def test_manifest_records_versions_opset_hashes_and_figures(exported, cfg):
    folder = exported["fp32"].path
    manifest = read_manifest(folder)
    assert manifest["variant"] == "fp32" and manifest["name"] == HANDLE
    assert manifest["opset"] == cfg.export.opset and manifest["task"] == "text-generation-with-past"
    assert {"torch", "transformers", "optimum", "onnx", "onnxruntime"} <= set(manifest["versions"])
    assert manifest["files"]["model.onnx"]["sha256"] == sha256_file(folder / "model.onnx")
    assert {"config.json", "generation_config.json", "tokenizer.json", "vocab.json", "merges.txt"} <= set(
        manifest["files"]
    )
    assert verify_files(folder) == []
    assert manifest["parity"]["max_abs_diff"] <= cfg.export.logits_atol
    quality_ = manifest["quality"]
    assert quality_["text_source"].startswith("held-out posts (5 from alice)")
    assert quality_["perplexity"] < 20000  # trained a little: well below the ~50,000 of a random model
    assert manifest["source"]["weights_sha256"] == sha256_file(folder.parent.parent / "model.safetensors")


def test_held_out_posts_are_the_validation_posts_cleaned(data_dir):
    texts, source = quality.held_out_texts(data_dir / "models" / HANDLE, data_dir)
    assert len(texts) == len(VAL_IDS) and source.startswith("held-out posts")
    assert "New blog post is up & ready: ten things I learned" in texts  # HTML unescaped, URL dropped
    texts, source = quality.held_out_texts(data_dir / "tweets", data_dir)  # a folder without data_split.json
    assert texts == list(quality.BUILTIN_TEXTS) and source.startswith("builtin sentences")


def test_published_folders_load_alone_with_optimum(exported):
    from optimum.onnxruntime import ORTModelForCausalLM
    from transformers import AutoTokenizer

    for variant in ("fp32", "int8"):
        folder = exported[variant].path
        model = ORTModelForCausalLM.from_pretrained(folder)
        tokenizer = AutoTokenizer.from_pretrained(folder)
        inputs = tokenizer(["My dream is"], return_tensors="pt")
        out = model.generate(**inputs, max_new_tokens=4, do_sample=False, pad_token_id=tokenizer.eos_token_id)
        assert out.shape == (1, 3 + 4)
        generation = json.loads((folder / "generation_config.json").read_text())
        assert generation["eos_token_id"] == tokenizer.eos_token_id


# --- quantized variants -------------------------------------------------------------------------------


def test_int8_quantizes_every_weight_matrix(exported):
    result = exported["int8"]
    assert result.published, result.summary()
    counts = read_manifest(result.path)["node_types"]
    # 4 weight matrices per block + the tied lm_head; attention (Q.K, softmax, A.V) is one fused node per block.
    assert counts.get("MatMulInteger", 0) + counts.get("DynamicQuantizeMatMul", 0) == 4 * TINY.n_layer + 1
    assert counts.get("MatMul", 0) == 0 and "Softmax" not in counts
    assert counts.get("MultiHeadAttention") == TINY.n_layer
    assert "Gemm" not in counts
    assert counts.get("FastGelu") == TINY.n_layer and counts.get("SkipLayerNormalization")
    fp32_bytes = exported["fp32"].metrics["model_bytes"]
    assert result.metrics["model_bytes"] < 0.3 * fp32_bytes
    assert abs(result.metrics["relative_change"]) <= Config().export.int8_ppl_tolerance
    assert "perplexity" in result.summary() and "% of fp32" in result.summary()


def test_int4_uses_matmulnbits(exported):
    pytest.importorskip("onnx_ir", reason="onnxruntime's MatMulNBits quantizer needs the onnx-ir package")
    result = exported["int4"]
    counts = result.metrics["node_types"]
    assert counts.get("MatMulNBits") == 4 * TINY.n_layer + 1
    assert result.metrics["model_bytes"] < 0.2 * exported["fp32"].metrics["model_bytes"]
    # Whether 4 bits pass the gate depends on the model; either way the result says so with figures.
    assert "perplexity" in result.reason and "vs fp32" in result.reason
    assert result.published == (result.path is not None and (result.path / "manifest.json").is_file())


def test_int4_takes_the_block_size_of_the_config(data_dir, tmp_path):
    pytest.importorskip("onnx_ir", reason="onnxruntime's MatMulNBits quantizer needs the onnx-ir package")
    from imitate.config import ExportConfig

    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(int4_block_size=(16,)))
    (result,) = [r for r in export_model(cfg, HANDLE, variants=["int4"], model_dir=folder) if r.variant == "int4"]
    assert result.published and "block 16" in read_manifest(result.path)["build"]["quantization"]
    assert _block_sizes(result.path) == {16}


def _block_sizes(path: Path) -> set[int]:
    model = onnx.load(str(path / "model.onnx"))
    return {
        onnx.helper.get_attribute_value(a)
        for n in model.graph.node
        if n.op_type == "MatMulNBits"
        for a in n.attribute
        if a.name == "block_size"
    }


def test_int4_block_sizes_to_try_fit_the_hidden_size():
    assert variants.int4_block_sizes((256, 128, 32), {"n_embd": 768}) == [256, 128, 32]
    assert variants.int4_block_sizes((256, 128, 32), {"n_embd": 64}) == [32]  # 128 and 256 would pad every row
    assert variants.int4_block_sizes((256, 128), {"n_embd": 64}) == [128]  # none fits: the smallest
    assert variants.int4_block_sizes((64, 16), {}) == [64, 16]


def test_int4_skips_blocks_larger_than_the_hidden_size(data_dir, tmp_path):
    pytest.importorskip("onnx_ir", reason="onnxruntime's MatMulNBits quantizer needs the onnx-ir package")
    from imitate.config import ExportConfig

    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(int4_block_size=(256, 128, 32)))
    (result,) = [r for r in export_model(cfg, HANDLE, variants=["int4"], model_dir=folder) if r.variant == "int4"]
    assert result.published, result.summary()
    assert _block_sizes(result.path) == {32} and "blocks of 32" in result.summary()
    assert "block_sizes_tried" not in read_manifest(result.path)["build"]  # TINY's 64 wide rows: 32 alone fits


def _int4_damaged_at(monkeypatch, damaged: set[int]) -> None:
    """int4 builds with blocks of a size in ``damaged`` get their scales tripled: a real loss of quality."""
    build = variants.build_int4

    def build_int4(src, dst, config, block_size=variants.INT4_BLOCK_SIZE, prepared=None):
        info = build(src, dst, config, block_size, prepared)
        if block_size in damaged:
            model = onnx.load(str(dst / "model.onnx"))
            scales = {n.input[2] for n in model.graph.node if n.op_type == "MatMulNBits"}
            for init in model.graph.initializer:
                if init.name in scales:
                    init.CopyFrom(onnx.numpy_helper.from_array(onnx.numpy_helper.to_array(init) * 3, init.name))
            onnx.save(model, str(dst / "model.onnx"))
        return info

    monkeypatch.setattr(variants, "build_int4", build_int4)


def test_int4_falls_back_to_smaller_blocks_when_the_gate_fails(data_dir, tmp_path, monkeypatch):
    pytest.importorskip("onnx_ir", reason="onnxruntime's MatMulNBits quantizer needs the onnx-ir package")
    from imitate.config import ExportConfig

    _int4_damaged_at(monkeypatch, {64})
    prepare, prepared = variants.prepared_fp32, []
    monkeypatch.setattr(variants, "prepared_fp32", lambda *a, **k: prepared.append(a) or prepare(*a, **k))
    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(int4_block_size=(64, 16)))
    (result,) = [r for r in export_model(cfg, HANDLE, variants=["int4"], model_dir=folder) if r.variant == "int4"]
    assert result.published, result.summary()
    assert len(prepared) == 1  # both tries quantized copies of one fused fp32 graph
    assert _block_sizes(result.path) == {16} and "blocks of 16" in result.summary()
    first, second = read_manifest(result.path)["build"]["block_sizes_tried"]
    assert first["block_size"] == 64 and not first["passed"]
    assert abs(first["relative_change"]) > cfg.export.int8_ppl_tolerance
    assert second["block_size"] == 16 and second["passed"]
    assert abs(second["relative_change"]) <= cfg.export.int8_ppl_tolerance


def test_int4_is_not_published_when_every_block_size_fails(data_dir, tmp_path, monkeypatch):
    pytest.importorskip("onnx_ir", reason="onnxruntime's MatMulNBits quantizer needs the onnx-ir package")
    from imitate.config import ExportConfig

    _int4_damaged_at(monkeypatch, {64, 16})
    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(int4_block_size=(64, 16)))
    (result,) = [r for r in export_model(cfg, HANDLE, variants=["int4"], model_dir=folder) if r.variant == "int4"]
    assert not result.published and result.path is None
    assert "fails the quality gate" in result.reason and "(blocks of 64, 16 all tried)" in result.reason
    assert not (folder / "onnx" / "int4").exists()


def _session(model: onnx.ModelProto):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def _prefill_and_step(session, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Logits of a left-padded prefill, logits of one decode step after it, and the cache after that step."""
    names = [o.name for o in session.get_outputs()]
    past_names = [i.name for i in session.get_inputs() if i.name.startswith("past_key_values.")]
    empty = np.zeros((ids.shape[0], TINY.n_head, 0, TINY.n_embd // TINY.n_head), np.float32)
    feed = {"input_ids": ids, "attention_mask": mask, "position_ids": quality.position_ids(mask)}
    first = session.run(names, {**feed, **{name: empty for name in past_names}})
    mask = np.concatenate([mask, np.ones((ids.shape[0], 1), np.int64)], axis=1)
    feed = {"input_ids": ids[:, -1:], "attention_mask": mask, "position_ids": quality.position_ids(mask)[:, -1:]}
    second = session.run(names, {**feed, **dict(zip(past_names, first[1:], strict=True))})
    return first[0], second[0], second[1:]


def test_int8_and_int4_serve_an_output_layer_cut_to_the_training_tokens(exported, cfg, data_dir):
    from export.runtime import load_generator
    from export.runtime.tokens import Tokens
    from export.runtime.vocabulary import Vocabulary
    from export.vocabulary import EXTRA_IDS

    tokens = Tokens(data_dir / "models" / HANDLE)
    training = {t for p in _posts() if p.id not in VAL_IDS for t in tokens.encode(p.text)}
    for variant in ("int8", "int4"):
        result = exported[variant]
        figures = read_manifest(result.path)["vocabulary"]
        assert [c["extra_ids"] for c in figures["candidates"]] == list(EXTRA_IDS)
        assert figures["full_perplexity"] == pytest.approx(result.metrics["perplexity"], rel=1e-6)
        assert figures["cut"] and "output layer cut to" in result.reason
        kept = figures["kept"]
        assert kept["relative_change"] <= cfg.export.vocabulary_ppl_tolerance
        assert all(
            c["relative_change"] > cfg.export.vocabulary_ppl_tolerance or c["tokens"] >= kept["tokens"]
            for c in figures["candidates"]
        )  # the smallest passing one
        vocabulary = Vocabulary.load(result.path)
        assert vocabulary is not None and len(vocabulary.token_ids) == kept["tokens"]
        ids = set(vocabulary.token_ids.tolist())
        assert training - {tokens.eos} <= ids and set(tokens.stop_ids.tolist()) <= ids
        assert 0 < vocabulary.escape_share < 1
    assert "vocabulary" not in read_manifest(exported["fp32"].path)  # the reference keeps its whole layer
    assert not (exported["fp32"].path / "vocabulary.json").exists()
    gen = load_generator(cfg, HANDLE, variant="int8")
    try:
        assert gen.backend.columns is not None
        assert len(gen.generate("My dream is", 3, seed=1, max_new_tokens=8)) == 3
    finally:
        gen.close()


def test_a_variant_asked_for_beyond_the_config_is_cut_too(data_dir, tmp_path):
    from imitate.config import ExportConfig

    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(variants=("fp32",)))
    results = export_model(cfg, HANDLE, variants=["fp32", "int4"], model_dir=folder)
    assert all(r.published for r in results)
    assert (folder / "onnx" / "int4" / "vocabulary.json").is_file()


def test_the_output_layer_stays_whole_when_the_config_says_so(data_dir, tmp_path):
    from imitate.config import ExportConfig

    folder = _model_copy(data_dir, tmp_path)
    cfg = Config(data_dir=data_dir, export=ExportConfig(vocabulary=False))
    results = export_model(cfg, HANDLE, variants=["fp32", "int4"], model_dir=folder)
    assert all(r.published for r in results)
    assert not (folder / "onnx" / "int4" / "vocabulary.json").exists()
    assert "vocabulary" not in read_manifest(folder / "onnx" / "int4")


def test_attention_fuses_into_multiheadattention_with_the_same_outputs(exported, data_dir):
    """The rewritten graph keeps its inputs and outputs and matches the unfused one on a left-padded batch."""
    config = json.loads((data_dir / "models" / HANDLE / "config.json").read_text())
    src = exported["fp32"].path
    plain, _ = variants.prepared_fp32(src, config, attention=False)
    fused, info = variants.prepared_fp32(src, config)
    assert info["fusions"]["MultiHeadAttention"] == TINY.n_layer
    counts = variants.node_type_counts(fused)
    assert counts["MultiHeadAttention"] == TINY.n_layer
    assert not {"Softmax", "Transpose", "Concat", "Where", "Reshape"} & set(counts)
    assert [i.name for i in fused.graph.input] == [i.name for i in plain.graph.input]
    assert [o.name for o in fused.graph.output] == [o.name for o in plain.graph.output]
    ids, mask = quality.encode_left_padded(
        _tokenizer(data_dir), ["My dream is", "Coffee first, then emails, then maybe", "Hi"]
    )
    want = _prefill_and_step(_session(plain), ids, mask)
    got = _prefill_and_step(_session(fused), ids, mask)
    real = mask.astype(bool)
    assert quality.max_diff(want[0], got[0], mask) <= 1e-4  # prefill logits at the real (non-pad) positions
    assert quality.max_diff(want[1], got[1]) <= 1e-4  # the decode step reads the cache the fused graph wrote
    real_cache = np.concatenate([real, np.ones((len(real), 1), bool)], axis=1)
    # cache rows of pad positions may differ: every later query masks them
    for a, b in zip(want[2], got[2], strict=True):
        assert np.abs(a - b).transpose(0, 2, 1, 3)[real_cache].max() <= 1e-4


def test_attention_fusion_leaves_an_unexpected_graph_as_it_was(exported, data_dir):
    config = json.loads((data_dir / "models" / HANDLE / "config.json").read_text())
    model, _ = variants.prepared_fp32(exported["fp32"].path, config, attention=False)
    concat = next(n for n in model.graph.node if list(n.output) == ["present.1.key"])
    concat.input[0], concat.input[1] = concat.input[1], concat.input[0]  # not the cache layout we know
    before = model.SerializeToString()
    assert variants.fuse_attention(model, TINY.n_head, variants.attention_scales(config)) == 0
    assert model.SerializeToString() == before


def test_attention_scales_follow_the_gpt2_config():
    config = {"n_embd": 64, "n_head": 4, "n_layer": 3}
    assert variants.attention_scales(config) == [0.25, 0.25, 0.25]
    assert variants.attention_scales({**config, "scale_attn_by_inverse_layer_idx": True}) == [0.25, 0.125, 0.25 / 3]
    assert variants.attention_scales({**config, "scale_attn_weights": False}) == [1.0, 1.0, 1.0]


def _tokenizer(data_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(data_dir / "models" / HANDLE)


def test_quality_gate_refuses_a_damaged_variant_and_keeps_the_published_one(exported, cfg, data_dir, monkeypatch):
    folder = data_dir / "models" / HANDLE
    before = sha256_file(folder / "onnx" / "int8" / "model.onnx")
    real = variants.BUILDERS["int8"]

    def damaged(src: Path, dst: Path, config: dict) -> dict:
        """Quantize a copy whose lm_head matrix is doubled (a sharper, wrong distribution)."""
        model = onnx.load(str(src / "model.onnx"))
        lm_head = next(n for n in model.graph.node if n.op_type == "MatMul" and "lm_head" in n.name)
        for init in model.graph.initializer:
            if init.name == lm_head.input[1]:
                init.CopyFrom(onnx.numpy_helper.from_array(onnx.numpy_helper.to_array(init) * 2.0, init.name))
        damaged_src = dst.parent / "damaged-src"
        damaged_src.mkdir()
        onnx.save_model(model, str(damaged_src / "model.onnx"))
        variants.copy_side_files(src, damaged_src)
        return real(damaged_src, dst, config)

    monkeypatch.setitem(variants.BUILDERS, "int8", damaged)
    (result,) = [r for r in export_model(cfg, HANDLE, variants=["int8"]) if r.variant == "int8"]
    assert not result.published and result.path is None
    assert "fails the quality gate" in result.reason
    assert "perplexity" in result.reason and "vs fp32" in result.reason and "limit ±3%" in result.reason
    assert abs(result.metrics["relative_change"]) > cfg.export.int8_ppl_tolerance
    assert sha256_file(folder / "onnx" / "int8" / "model.onnx") == before  # the good one stays
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_export_again_replaces_the_variant_whole(data_dir, tmp_path):
    folder = _model_copy(data_dir, tmp_path, with_onnx=True)
    before = sorted(p.name for p in (folder / "onnx").iterdir())
    (result,) = export_model(Config(data_dir=data_dir), HANDLE, variants=["fp32"], model_dir=folder)
    assert result.published and result.path == folder / "onnx" / "fp32"
    assert sorted(p.name for p in (folder / "onnx").iterdir()) == before  # no fp32.previous beside it
    assert not verify_files(result.path)


def test_fp16_conversion_keeps_norms_in_fp32_and_passes(data_dir, tmp_path, monkeypatch):
    """The CUDA variant's conversion, run on the CPU provider (CUDA is not here): no NaN, gate passed."""
    folder = _model_copy(data_dir, tmp_path)
    monkeypatch.setitem(export_onnx.SUPPORTED, "cpu", ("fp32", "fp16"))
    (result,) = export_model(Config(data_dir=data_dir), HANDLE, variants=["fp16"], model_dir=folder)
    assert result.published, result.summary()
    model = onnx.load(str(result.path / "model.onnx"))
    types = {init.data_type for init in model.graph.initializer if len(init.dims) == 2}
    assert onnx.TensorProto.FLOAT16 in types
    norms = [n for n in model.graph.node if n.op_type in ("LayerNormalization", "SkipLayerNormalization")]
    weights = {i.name: i.data_type for i in model.graph.initializer}
    norm_weights = [weights[name] for n in norms for name in n.input if name in weights]
    assert norm_weights and set(norm_weights) == {onnx.TensorProto.FLOAT}
    assert result.metrics["tolerance"] == Config().export.fp16_ppl_tolerance
    assert np.isfinite(result.metrics["perplexity"])


def test_reference_that_differs_from_pytorch_publishes_nothing(data_dir, tmp_path):
    from imitate.config import ExportConfig

    folder = _model_copy(data_dir, tmp_path)
    strict = Config(data_dir=data_dir, export=ExportConfig(logits_atol=1e-12))
    fp32, int8 = export_model(strict, HANDLE, variants=["int8", "fp32"], model_dir=folder)
    assert (fp32.variant, int8.variant) == ("fp32", "int8")
    assert not fp32.published and "limit 1e-12" in fp32.reason
    assert fp32.reason.startswith("differs from PyTorch: max |logit diff|")
    assert not int8.published and "fp32 reference failed" in int8.reason
    assert not (folder / "onnx").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


# --- bad input: one clear error, nothing left behind ----------------------------------------------------


def _assert_refused(folder: Path, match: str, **kwargs) -> ExportError:
    before = _tree(folder)
    with pytest.raises(ExportError, match=match) as caught:
        export_model(Config(data_dir=folder.parent), "x", model_dir=folder, **kwargs)
    assert _tree(folder) == before
    assert "\n" not in str(caught.value)
    return caught.value


def test_missing_folder(tmp_path):
    _assert_refused(tmp_path / "nope", "no model folder")


def test_not_gpt2(tmp_path):
    folder = tmp_path / "bert"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 64}))
    (folder / "model.safetensors").write_bytes(b"\0" * 16)
    _assert_refused(folder, "holds a bert model; export supports GPT-2")


def test_missing_weights(data_dir, tmp_path):
    folder = _model_copy(data_dir, tmp_path)
    (folder / "model.safetensors").unlink()
    _assert_refused(folder, "no weights file")


def test_corrupt_weights(data_dir, tmp_path):
    folder = _model_copy(data_dir, tmp_path)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 3])  # a truncated download
    _assert_refused(folder, "cannot load the weights in .*model.safetensors")


def test_missing_tokenizer(data_dir, tmp_path):
    folder = _model_copy(data_dir, tmp_path)
    for name in ("tokenizer.json", "vocab.json", "merges.txt"):
        (folder / name).unlink()
    _assert_refused(folder, "no tokenizer files")


def test_fp16_on_cpu_names_the_alternatives(data_dir, tmp_path):
    folder = _model_copy(data_dir, tmp_path)
    error = _assert_refused(folder, "variant fp16 is not supported on cpu", variants=["fp16"])
    assert "fp32, int8, int4" in str(error) and "cuda" in str(error)


def test_unknown_variant_and_cuda_without_provider(data_dir, tmp_path, monkeypatch):
    folder = _model_copy(data_dir, tmp_path)
    _assert_refused(folder, "unknown variant.*int3", variants=["int3"])
    monkeypatch.setattr(export_onnx, "cuda_built", lambda: False)  # the CPU build of onnxruntime
    error = _assert_refused(folder, "needs onnxruntime's CUDAExecutionProvider", variants=["fp16"], device="cuda")
    assert "pip install --no-deps onnxruntime-gpu==" in str(error)


def test_cuda_provider_that_fails_to_start_publishes_nothing(data_dir, tmp_path, monkeypatch):
    """onnxruntime-gpu whose CUDA libraries are missing quietly runs on the CPU: the variant is refused."""
    import onnxruntime

    from export import providers

    folder = _model_copy(data_dir, tmp_path)
    real_session = onnxruntime.InferenceSession

    def without_cuda(*args, **kwargs):  # what ORT does when the CUDA provider cannot load: runs on the CPU
        kwargs["providers"] = ["CPUExecutionProvider"]
        return real_session(*args, **kwargs)

    monkeypatch.setattr(export_onnx, "cuda_built", lambda: True)
    monkeypatch.setattr(providers, "cuda_built", lambda: True)
    monkeypatch.setattr(onnxruntime, "InferenceSession", without_cuda)
    fp32, fp16 = export_model(
        Config(data_dir=data_dir), HANDLE, variants=["fp32", "fp16"], device="cuda", model_dir=folder
    )
    assert fp32.published
    assert not fp16.published and fp16.reason.startswith("not checked: onnxruntime could not start CUDA")
    assert sorted(p.name for p in (folder / "onnx").iterdir()) == ["fp32", "originality.json"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(not _cuda_ready(), reason="needs a CUDA GPU and onnxruntime-gpu")
def test_fp16_on_cuda(data_dir, tmp_path):
    """On a GPU: fp16 is checked on CUDAExecutionProvider and passes the 1% gate."""
    folder = _model_copy(data_dir, tmp_path)
    (result,) = export_model(Config(data_dir=data_dir), HANDLE, variants=["fp16"], device="cuda", model_dir=folder)
    assert result.published, result.summary()
    manifest = read_manifest(result.path)
    assert manifest["device"] == "cuda" and manifest["providers"][0] == "CUDAExecutionProvider"
    assert abs(manifest["quality"]["relative_change"]) <= Config().export.fp16_ppl_tolerance
    assert np.isfinite(manifest["quality"]["perplexity"]) and not verify_files(result.path)


def test_exporter_failure_leaves_nothing(data_dir, tmp_path, monkeypatch):
    folder = _model_copy(data_dir, tmp_path)

    def broken(src: Path, dst: Path, opset: int) -> dict:
        dst.mkdir(parents=True)
        (dst / "model.onnx").write_bytes(b"partial")
        raise RuntimeError("exporter crashed\nwith a long traceback")

    monkeypatch.setattr(variants, "build_fp32", broken)
    _assert_refused(folder, "optimum could not export .*RuntimeError: exporter crashed$")


def test_cli_prints_one_line_and_exits_1(data_dir, capsys):
    from imitate.cli import main

    code = main(["--data-dir", str(data_dir), "export", HANDLE, "--variant", "fp16"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.count("\n") == 0 and err.startswith("imitate export: error: variant fp16 is not supported on cpu")


def test_repeated_cast_nodes_are_dropped(tmp_path):
    """onnxruntime 1.31's fp16 converter repeats a Cast per consumer (same name, same output): ORT refuses that."""
    import onnxruntime
    from onnx import TensorProto, helper

    cast = helper.make_node("Cast", ["x"], ["x_cast_to_fp32"], to=TensorProto.FLOAT, name="x_cast_to_fp32_node")
    nodes = [
        cast,
        helper.make_node("Relu", ["x_cast_to_fp32"], ["a"], name="relu"),
        cast,  # the repeat, for the second consumer
        helper.make_node("Neg", ["x_cast_to_fp32"], ["b"], name="neg"),
        helper.make_node("Add", ["a", "b"], ["y"], name="add"),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT16, [2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])],
        value_info=[helper.make_tensor_value_info("x_cast_to_fp32", TensorProto.FLOAT, [2])] * 2,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=10)
    with pytest.raises(Exception, match="two nodes with same node name"):
        onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    assert variants.drop_repeated_nodes(model) == 1
    assert [n.name for n in model.graph.node] == ["x_cast_to_fp32_node", "relu", "neg", "add"]
    assert len(model.graph.value_info) == 1
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    (y,) = session.run(None, {"x": np.array([1.5, -2.0], np.float16)})
    assert y.tolist() == [0.0, 2.0]  # relu(x) - x
    assert variants.drop_repeated_nodes(model) == 0
