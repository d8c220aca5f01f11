"""The int8 KV cache: what the engine stores and computes with it, the exporter's scales and gate, and the
float cache a variant keeps when its file is missing, bad or refused."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from export import kv_cache, quality
from export.manifest import read_manifest
from export.runtime import cache_quant
from export.runtime.cache_quant import LEVELS, CacheScalesError, load_scales, scales_from_magnitudes, scales_path
from export.runtime.shared_cache import Int8CacheNotLoadable, SharedCacheEngine, Slots, onnx_engine
from imitate.config import Config, ExportConfig, RuntimeConfig, replace
from tests.conftest import export_tiny, save_tiny_model, tiny_config, write_posts


@pytest.fixture(scope="module")
def onnx(tmp_path_factory) -> object:
    """The tiny model's fp32, int8 and int4 variants, exported with the default config (int8 cache)."""
    return export_tiny(tmp_path_factory.mktemp("data"))


def _run(engine: SharedCacheEngine) -> tuple[list[np.ndarray], Slots]:
    """Two prompts prefilled, merged with one row twice, six steps, a row leaving after three."""
    seen = []
    first, a = engine.prefill([50256, 464, 3290, 318], 30)
    second, b = engine.prefill([50256, 17250], 30)
    seen += [first, second]
    past = engine.gather([(a, np.zeros(2, np.int64), 4), (b, np.zeros(1, np.int64), 2)], 4)
    lengths, tokens = np.array([4, 4, 2], np.int64), np.array([11, 12, 13])
    for step in range(6):
        if step == 3:
            past = engine.gather([(past, np.array([0, 2]), int(lengths.max()))], int(lengths.max()))
            lengths, tokens = lengths[[0, 2]], tokens[[0, 2]]
        logits, past = engine.decode(tokens, lengths, int(lengths.max()), past)
        seen.append(logits)
        lengths, tokens = lengths + 1, (tokens * 7 + step) % 1000
    return seen, past


@pytest.mark.parametrize("variant", ["int8", "int4"])
def test_the_export_keeps_an_int8_cache_that_passed_its_gate(onnx, variant):
    manifest = read_manifest(onnx / variant)
    figures = manifest["kv_cache"]
    assert figures["dtype"] == "int8" and scales_path(onnx / variant).is_file()
    assert figures["relative_change"] <= figures["tolerance"] == ExportConfig().kv_cache_ppl_tolerance
    assert figures["tokens"] > 0 and figures["calibration_tokens"] > 0
    saved = json.loads(scales_path(onnx / variant).read_text())
    assert saved["figures"]["int8_perplexity"] == figures["int8_perplexity"]
    # the fp32 export has no fused attention: the in-place engine does not serve it, so nothing was measured
    fp32 = read_manifest(onnx / "fp32")["kv_cache"]
    assert fp32["dtype"] == "float32" and "fused attention" in fp32["reason"]
    assert not scales_path(onnx / "fp32").exists()


@pytest.mark.parametrize("variant", ["int8", "int4"])
def test_the_int8_cache_holds_a_quarter_of_the_bytes_and_gives_nearly_the_float_logits(onnx, variant):
    quantized = SharedCacheEngine(onnx / variant, threads=1)
    floating = SharedCacheEngine(onnx / variant, threads=1, quantized_cache=False)
    assert quantized.cache_dtype == np.int8 and floating.cache_dtype == np.float32
    q_logits, q_past = _run(quantized)
    f_logits, f_past = _run(floating)
    assert all(a.dtype == np.int8 for a in q_past.arrays)
    assert sum(a.nbytes for a in q_past.arrays) * 4 == sum(a.nbytes for a in f_past.arrays)
    for q, f in zip(q_logits, f_logits, strict=True):
        assert q.shape == f.shape
        np.testing.assert_allclose(q, f, atol=0.05 * float(np.abs(f).max()))
        assert not np.array_equal(q, f)  # it does read the int8 cache


def test_the_cache_stores_each_value_over_its_heads_and_channels_scale(onnx):
    folder = onnx / "int8"
    quantized = SharedCacheEngine(folder, threads=1)
    floating = SharedCacheEngine(folder, threads=1, quantized_cache=False)
    ids = [50256, 464, 3290, 318, 257]
    _, q = quantized.prefill(ids)
    _, f = floating.prefill(ids)
    scales = load_scales(folder, floating.past_names, (floating.heads, floating.head_dim))
    assert scales is not None
    for name in ("past_key_values.0.key", "past_key_values.0.value"):  # the first layer's inputs are the same
        i = floating.past_names.index(name)
        expected = np.clip(np.rint(f.arrays[i][0, :, : len(ids)] / scales[name][:, None, :]), -LEVELS, LEVELS)
        stored = q.arrays[i][0, :, : len(ids)].astype(np.int64)
        assert np.abs(stored - expected).max() <= 1  # a value on a rounding edge may land either side
        assert np.mean(stored == expected) > 0.99


def test_the_decode_loops_perplexity_is_the_graphs(onnx):
    """Scored token by token through the engine, with its float cache, the held-out perplexity is what the
    exported graph gives over whole blocks: the gate measures serving, not something else."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(onnx / "int8")
    blocks = quality.token_blocks(tokenizer, list(quality.BUILTIN_TEXTS), 32, max_tokens=512)
    engine = SharedCacheEngine(onnx / "int8", threads=1, quantized_cache=False)
    graph = quality.OrtDecoder(onnx / "int8" / "model.onnx", threads=1)
    assert quality.decode_perplexity(engine, blocks, rows=5) == pytest.approx(
        quality.perplexity(graph.step, blocks), rel=2e-3
    )


def test_scales_leave_the_margin_and_an_unused_channel_a_usable_scale():
    magnitudes = np.array([[2.54, 0.0], [1.27, 5.08]], np.float32)
    scales = scales_from_magnitudes(magnitudes, 1.25)
    assert scales.dtype == np.float32
    np.testing.assert_allclose(scales[0, 0], 2.54 * 1.25 / LEVELS, rtol=1e-6)
    assert scales[0, 1] == scales[1, 0]  # the smallest scale of the tensor
    assert np.all(scales_from_magnitudes(np.zeros((2, 2)), 1.25) == 1.0)


def test_a_cache_the_gate_refuses_stays_float(tmp_path, monkeypatch):
    """A trained model, with scales far too small (nearly every value clipped): the gate sees the damage, and
    the variant keeps its float cache."""
    from export.onnx import export_model
    from trainer.train import train

    data = tmp_path / "data"
    write_posts(data, "alice", 300)
    config = replace(tiny_config(data), runtime=RuntimeConfig(threads=1, device="cpu"))
    train(config, ["alice"])
    monkeypatch.setattr(kv_cache, "MARGIN", 0.01)
    (result,) = export_model(config, "alice", variants=["int8"])
    assert result.published and "KV cache kept in float32" in result.reason
    folder = data / "models" / "alice" / "onnx" / "int8"
    figures = read_manifest(folder)["kv_cache"]
    assert figures["dtype"] == "float32" and figures["relative_change"] > figures["tolerance"]
    assert figures["calibration"] == "training posts"
    assert not scales_path(folder).exists()
    assert SharedCacheEngine(folder, threads=1).cache_dtype == np.float32


def test_kv_cache_float32_measures_nothing(tmp_path):
    from export.onnx import export_model

    data = tmp_path / "data"
    save_tiny_model(data / "models" / "tiny")
    config = Config(data_dir=data, export=ExportConfig(kv_cache="float32"), runtime=RuntimeConfig(threads=1))
    (result,) = export_model(config, "tiny", variants=["int8"])
    folder = data / "models" / "tiny" / "onnx" / "int8"
    assert result.published and "kv_cache" not in read_manifest(folder)
    assert not scales_path(folder).exists()


def _scales(heads: int, size: int) -> dict[str, list]:
    return {f"past_key_values.0.{kind}": np.full((heads, size), 0.1).tolist() for kind in ("key", "value")}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: "{not json", "not a valid cache scale file"),
        (lambda d: {**d, "dtype": "int4"}, "not int8"),
        (lambda d: {**d, "scales": {k: v for k, v in d["scales"].items() if k.endswith("key")}}, "value"),
        (lambda d: {**d, "scales": {k: [[0.1, 0.2]] for k in d["scales"]}}, "shape"),
        (lambda d: {**d, "scales": {k: np.zeros_like(v).tolist() for k, v in d["scales"].items()}}, "> 0"),
        (lambda d: {**d, "scales": {k: [[float("nan")] * len(v[0])] * len(v) for k, v in d["scales"].items()}}, "> 0"),
    ],
)
def test_a_bad_scale_file_keeps_the_cache_float(onnx, tmp_path, caplog, change, message):
    folder = tmp_path / "variant"
    shutil.copytree(onnx / "int4", folder)
    reference = SharedCacheEngine(folder, threads=1, quantized_cache=False)
    data = change({"dtype": "int8", "scales": _scales(reference.heads, reference.head_dim)})
    scales_path(folder).write_text(data if isinstance(data, str) else json.dumps(data))
    with pytest.raises(CacheScalesError, match=message):
        load_scales(folder, reference.past_names, (reference.heads, reference.head_dim))
    engine = SharedCacheEngine(folder, threads=1)
    assert engine.cache_dtype == np.float32 and "keeping the cache in float32" in caplog.text
    assert engine.prefill([50256, 464], 4)[0].shape == reference.prefill([50256, 464], 4)[0].shape


# an ONNX Runtime without the CPU int8 cache, as it may refuse it: when the graph loads (a quantization type
# it does not know), or when it first runs (a bit width it does not take)
REFUSALS = [("QUANT_TYPE", "PER_ROW"), ("BITS", 3)]


@pytest.mark.parametrize(("setting", "value"), REFUSALS)
def test_an_int8_cache_this_onnx_runtime_cannot_run_is_served_in_float32(onnx, monkeypatch, caplog, setting, value):
    """It still gets the in-place engine, with its cache in float32, not the engine that copies the cache."""
    monkeypatch.setattr(cache_quant, setting, value)
    with pytest.raises(Int8CacheNotLoadable):
        SharedCacheEngine(onnx / "int4", threads=1)
    engine = onnx_engine(onnx / "int4", 1, "cpu")
    assert isinstance(engine, SharedCacheEngine) and engine.cache_dtype == np.float32
    assert "keeping the cache in float32" in caplog.text


@pytest.mark.parametrize(("setting", "value"), REFUSALS)
def test_an_export_where_the_int8_cache_cannot_run_keeps_the_float_cache(tmp_path, monkeypatch, setting, value):
    from export.onnx import export_model

    monkeypatch.setattr(cache_quant, setting, value)
    data = tmp_path / "data"
    save_tiny_model(data / "models" / "tiny")
    config = Config(data_dir=data, runtime=RuntimeConfig(threads=1, device="cpu"))
    (result,) = export_model(config, "tiny", variants=["int8"])
    folder = data / "models" / "tiny" / "onnx" / "int8"
    figures = read_manifest(folder)["kv_cache"]
    assert result.published and "KV cache kept in float32" in result.reason
    assert figures["dtype"] == "float32" and "does not" in figures["reason"]
    assert not scales_path(folder).exists()
