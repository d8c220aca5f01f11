"""The native engine: the int4 graph's logits from one C++ call, the same posts, and its build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import numpy as np
import onnx
import pytest

from export.runtime.native import build
from export.runtime.native.engine import NativeEngine, NotNative, read_weights
from export.runtime.shared_cache import SharedCacheEngine
from export.runtime.tokens import Tokens
from export.runtime.vocabulary import Vocabulary
from imitate.modelfolder import VARIANT_MODEL
from tests.conftest import TINY_GPT2, export_tiny
from tests.test_shared_cache import PROMPTS, drive
from tests.test_vocabulary import _steps

pytestmark = pytest.mark.skipif(build.compiler() is None, reason="no C++ compiler to build the native engine")


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, object]:
    """The tiny model's variants, and its int4 variant again with a vocabulary (every 5th token, the stops)."""
    data = tmp_path_factory.mktemp("data")
    onnx_folder = export_tiny(data)
    cut = data / "cut-int4"
    shutil.copytree(onnx_folder / "int4", cut)
    Vocabulary(np.union1d(np.arange(0, 50257, 5), Tokens(onnx_folder / "int4").stop_ids), 0.1).save(cut)
    return {**{v: onnx_folder / v for v in ("fp32", "int8", "int4")}, "int4-cut": cut}


@pytest.mark.parametrize("quantized_cache", [False, True])
def test_the_native_step_gives_the_onnx_engines_logits(folders, quantized_cache):
    want = drive(SharedCacheEngine(folders["int4"], threads=1, quantized_cache=quantized_cache), PROMPTS)
    engine = NativeEngine(folders["int4"], threads=2, quantized_cache=quantized_cache)
    assert engine.cache_dtype == (np.int8 if quantized_cache else np.float32)
    got = drive(engine, PROMPTS)
    assert [kind for kind, _ in got] == [kind for kind, _ in want]
    for (_, a), (_, b) in zip(want, got, strict=True):
        assert b.shape == a.shape
        np.testing.assert_allclose(b, a, atol=1e-4 * float(np.abs(a).max()))


def test_the_cut_output_layer_and_its_escape_are_the_onnx_engines(folders):
    want = _steps(SharedCacheEngine(folders["int4-cut"], threads=1))
    engine = NativeEngine(folders["int4-cut"], threads=1)
    assert engine.columns is not None and engine.columns[-1] == -1
    got = _steps(engine)
    for (logits, rest), (native_logits, native_rest) in zip(want, got, strict=True):
        scale = float(np.abs(logits).max())
        np.testing.assert_allclose(native_logits, logits, atol=1e-4 * scale)  # the escape column too
        np.testing.assert_allclose(native_rest, rest, atol=1e-4 * scale)


def test_seeded_posts_are_the_onnx_engines(folders):
    from export.runtime.loading import _generator
    from imitate.config import Config, RuntimeConfig

    cfg = Config(runtime=RuntimeConfig(threads=1, device="cpu", originality=False))
    posts = []
    for engine in (SharedCacheEngine(folders["int4"], threads=1), NativeEngine(folders["int4"], threads=1)):
        gen = _generator(cfg, engine, folders["int4"], "tiny", "int4", None)
        try:
            posts.append([gen.generate(p, 3, seed=7, max_new_tokens=12) for p in ("My dream is", "I")])
        finally:
            gen.close()
    assert posts[0] == posts[1]


@pytest.mark.parametrize("variant", ["fp32", "int8"])
def test_a_graph_without_4_bit_products_is_refused(folders, variant):
    with pytest.raises(NotNative, match="not a fused int4 GPT-2"):
        NativeEngine(folders[variant], threads=1)


@pytest.fixture(scope="module")
def kernels(tmp_path_factory) -> dict[int, object]:
    """The library built for each instruction path this CPU runs, by ``imitate_native_isa``: the native build
    (5 with AMX, 4 with AVX-512 VNNI: 512-bit registers, 2 with AVX2 alone), one without AMX (4) where it is
    there, VNNI on 256-bit registers (3), an AVX2 build where AVX-512 is there, and the plain C++ one."""
    import ctypes

    folder = tmp_path_factory.mktemp("kernels")
    built: dict[int, object] = {}
    builds = (
        ("native", ()),
        ("no-amx", ("-DIMITATE_NO_AMX",)),
        ("narrow", ("-DIMITATE_NARROW",)),
        ("avx2", ("-mno-avx512f",)),
        ("plain", ("-march=x86-64", "-mtune=generic")),
    )
    for name, extra in builds:
        path = folder / f"{name}.so"
        flags = (
            [*build.FLAGS, *extra] if name != "plain" else [f for f in build.FLAGS if f != "-march=native"] + [*extra]
        )
        subprocess.run([build.compiler(), *flags, "-o", str(path), str(build.SOURCE)], check=True)
        library = ctypes.CDLL(str(path))
        built.setdefault(library.imitate_native_isa(), library)
    return built


@pytest.mark.parametrize(
    "block, symmetric, n, k", [(32, True, 40, 768), (256, True, 37, 768), (64, False, 19, 768), (128, False, 28, 3072)]
)
def test_every_kernel_gives_onnx_runtimes_4_bit_product(kernels, block, symmetric, n, k):
    """Each instruction path; every row tiling (1-23 rows: full passes and each remainder; with AMX, from 8
    rows, tiles of 16 rows partly there, in pairs or alone); blocks of 32 to 256 values (AMX takes multiples
    of 64), with and without zero points; a last group of outputs (8, or 16 with 512-bit registers) that is
    only partly there (28 outputs at a K of 3072: two groups of 16, one per stretch, the second with 12; 37
    outputs: with AMX, a pair of groups and one alone)."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    from export.runtime.native.engine import product, repacked

    assert 0 in kernels and len(kernels) >= 2  # the plain C++ path, and at least one vector path
    rng = np.random.default_rng(block)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "product",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        [numpy_helper.from_array(rng.normal(size=(k, n)).astype(np.float32), "w")],
    )
    quantizer = MatMulNBitsQuantizer(
        helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]),
        block_size=block,
        is_symmetric=symmetric,
        accuracy_level=4,
    )
    quantizer.process()
    model = quantizer.model.model
    node = next(n for n in model.graph.node if n.op_type == "MatMulNBits")
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    zero = inits[node.input[3]] if len(node.input) > 3 and node.input[3] else None
    assert (zero is None) == symmetric
    bias = rng.normal(size=n).astype(np.float32)
    weights = repacked(n, k, block, inits[node.input[1]], inits[node.input[2]], zero, bias)
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    for rows in (1, 2, 3, 4, 5, 8, 9, 10, 13, 16, 23, 32, 45):
        x = rng.normal(size=(rows, k)).astype(np.float32) * np.linspace(0.1, 3, k, dtype=np.float32)
        want = session.run(None, {"x": x})[0] + bias
        for isa, library in kernels.items():
            got = product(library, weights, x)
            np.testing.assert_allclose(got, want, atol=1e-5 * float(np.abs(want).max()), err_msg=f"isa {isa}")


@pytest.mark.parametrize("d", [64, 16])
@pytest.mark.parametrize("dtype", [np.int8, np.float32])
def test_every_kernels_attention_is_softmax_of_the_scores_times_the_values(kernels, d, dtype):
    """Heads of 64 values (every GPT-2's, whose keys are scored eight positions at a time) and of 16, over
    1 to 37 positions (full eights and each remainder) of an int8 or a float cache."""
    from export.runtime.native.engine import attend

    rng = np.random.default_rng(d)
    for seen in (*range(1, 18), 24, 37):
        q = rng.normal(size=d).astype(np.float32) * 0.05
        if dtype == np.int8:
            keys, values = (rng.integers(-127, 128, size=(seen, d)).astype(np.int8) for _ in range(2))
        else:
            keys, values = (rng.normal(size=(seen, d)).astype(np.float32) * 3 for _ in range(2))
        scores = keys.astype(np.float64) @ q
        weights = np.exp(scores - scores.max())
        want = weights / weights.sum() @ values.astype(np.float64)
        for isa, library in kernels.items():
            got = attend(library, q, keys, values)
            scale = float(np.abs(want).max())
            np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * scale, err_msg=f"isa {isa}")


def test_the_walk_reads_every_layer(folders):
    weights = read_weights(onnx.load(str(folders["int4"] / VARIANT_MODEL)))
    assert len(weights.layers) == TINY_GPT2.n_layer and weights.heads == TINY_GPT2.n_head
    qkv = weights.layers[0]["qkv"]
    assert (qkv.n, qkv.k) == (3 * TINY_GPT2.n_embd, TINY_GPT2.n_embd) and qkv.bias is not None
    assert weights.head.n == 50257 and weights.head.bias is None


def test_a_position_beyond_the_context_fails_alone(folders):
    from export.runtime.errors import GenerationError

    engine = NativeEngine(folders["int4"], threads=1)
    with pytest.raises(GenerationError, match="beyond the model's"):
        engine.prefill([50256] * (TINY_GPT2.n_positions + 1))
    logits, _ = engine.prefill(PROMPTS[0])  # the engine still works
    assert np.isfinite(logits).all()


def test_without_a_compiler_the_error_says_so(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(build, "compiler", lambda: None)
    with pytest.raises(build.NativeUnavailable, match="no C\\+\\+ compiler"):
        build.build()


def test_a_failing_build_leaves_nothing_behind(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    broken = tmp_path / "broken.cpp"
    broken.write_text("this is not C++\n")
    monkeypatch.setattr(build, "SOURCE", broken)
    with pytest.raises(build.NativeUnavailable, match="build failed"):
        build.build()
    assert not list(build.cache_folder().glob("*.so"))


def test_two_processes_starting_at_once_share_one_library_and_leave_no_partial_file(tmp_path):
    script = textwrap.dedent(
        """
        from export.runtime.native import build
        path = build.build()
        build.load().imitate_native_version()
        print(path)
        """
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [sys.executable, "-c", script]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    paths = {run.communicate(timeout=300)[0].strip() for run in runs}
    assert all(run.returncode == 0 for run in runs)
    assert len(paths) == 1
    built = list((tmp_path / "imitate" / "native").iterdir())
    assert sorted(p.suffix for p in built) == [".lock", ".so"]  # no temporary file left


def test_steps_move_between_the_engines_on_the_same_cache(folders):
    """native_rows=1: each prompt's prefill is native, the 3-row steps after it ONNX Runtime's."""
    want = drive(SharedCacheEngine(folders["int4"], threads=1), PROMPTS)
    got = drive(NativeEngine(folders["int4"], threads=1, native_rows=1), PROMPTS)
    for (_, a), (_, b) in zip(want, got, strict=True):
        np.testing.assert_allclose(b, a, atol=1e-4 * float(np.abs(a).max()))


def test_the_export_times_both_engines_and_says_up_to_which_batch_native_leads(folders):
    from export.runtime import speed

    figures = speed.measure(folders["int4"], threads=1, steps=4)
    engines = figures["engines"]
    assert set(engines) == {"onnx", "native"} and figures["cpu_identity"] == speed.cpu_identity()
    rows = figures["native_rows"]
    batches = [*speed.BATCHES, *speed.CROSSOVER_BATCHES]
    for batch in batches:  # native_rows: the batches it led at, from batch 1 up, without a gap
        key = f"b{batch}_tokens_per_s"
        leads = engines["native"][key] > engines["onnx"][key]
        assert (batch <= rows) == (leads and all(b <= rows for b in batches if b < batch))
        assert figures[key] == engines["native" if batch <= rows else "onnx"][key]
    assert figures["engine"] == ("native" if rows else "onnx")
    only_onnx = speed.measure(folders["int8"], threads=1, steps=2)  # not a 4-bit graph: ONNX Runtime alone
    assert only_onnx["engine"] == "onnx" and "engines" not in only_onnx


def test_the_export_lets_the_native_engine_serve_only_after_its_decode_perplexity_gate(folders):
    import json

    manifest = json.loads((folders["int4"] / "manifest.json").read_text())
    gate = manifest["native"]
    assert gate["passed"] and gate["tokens"] > 0 and gate["tolerance"] == 0.01
    assert abs(gate["relative_change"]) <= gate["tolerance"]
    assert gate["perplexity"] == pytest.approx(gate["onnx_perplexity"], rel=gate["tolerance"])
    assert "engines" in manifest["speed"]  # timed on both engines
    assert "native" not in json.loads((folders["int8"] / "manifest.json").read_text())  # not a graph it reads


def test_a_native_engine_that_fails_its_gate_is_neither_timed_nor_served(tmp_path, monkeypatch):
    """A native step whose logits are wrong (here: reversed) scores a far worse decode perplexity than ONNX
    Runtime's: the variant is still published, timed on ONNX Runtime alone, and ``auto`` serves ONNX Runtime."""
    import json

    from export.runtime.loading import variant_engine

    run = NativeEngine._run

    def wrong(self, ids, lengths, slots, rows):
        logits = run(self, ids, lengths, slots, rows)
        return np.ascontiguousarray(logits[:, ::-1]) if self.native_rows is None else logits

    monkeypatch.setattr(NativeEngine, "_run", wrong)
    folder = export_tiny(tmp_path, variants=("fp32", "int4")) / "int4"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert not manifest["native"]["passed"] and manifest["native"]["relative_change"] > 0.01
    assert manifest["speed"]["engine"] == "onnx" and "engines" not in manifest["speed"]
    assert type(variant_engine(folder, 1, "cpu", "auto")) is SharedCacheEngine


def test_the_native_engine_asked_for_by_name_serves_a_refused_variant_with_a_warning(folders, tmp_path, caplog):
    import json

    from export.runtime.loading import variant_engine

    gate = json.loads((folders["int4"] / "manifest.json").read_text())["native"]
    folder = _with_manifest(folders, tmp_path, native={**gate, "passed": False, "relative_change": 0.25})
    with caplog.at_level("WARNING", logger="export.runtime.loading"):
        assert isinstance(variant_engine(folder, 1, "cpu", "native"), NativeEngine)
    assert "quality gate refused the native engine (decode perplexity +25.00%" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING", logger="export.runtime.loading"):
        variant_engine(folders["int4"], 1, "cpu", "native")  # passed: no warning
    assert "quality gate" not in caplog.text


def _with_manifest(folders, tmp_path, **fields) -> object:
    """A copy of the int4 variant in ``tmp_path`` whose manifest has ``fields`` instead."""
    import json

    folder = tmp_path / "int4"
    shutil.copytree(folders["int4"], folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, **fields}))
    return folder


def _with_speed(folders, tmp_path, **speed_figures) -> object:
    from imitate.hardware import cpu_identity

    speed = {"cpu_identity": cpu_identity(), "b8_tokens_per_s": 100.0, **speed_figures}
    return _with_manifest(folders, tmp_path, speed=speed)


def test_auto_serves_native_up_to_the_rows_measured_on_this_kind_of_cpu(folders, tmp_path):
    from export.runtime.loading import variant_engine

    measured = _with_speed(folders, tmp_path / "here", engine="native", native_rows=8)
    engine = variant_engine(measured, 1, "cpu", "auto")
    assert isinstance(engine, NativeEngine) and engine.native_rows == 8
    assert type(variant_engine(measured, 1, "cpu", "onnx")) is SharedCacheEngine
    elsewhere = _with_speed(folders, tmp_path / "there", engine="native", native_rows=8, cpu_identity="another CPU")
    assert type(variant_engine(elsewhere, 1, "cpu", "auto")) is SharedCacheEngine
    slower = _with_speed(folders, tmp_path / "slower", engine="onnx", native_rows=0)
    assert type(variant_engine(slower, 1, "cpu", "auto")) is SharedCacheEngine
    forced = variant_engine(slower, 1, "cpu", "native")
    assert isinstance(forced, NativeEngine) and forced.native_rows is None  # asked for: every step


def test_asking_for_the_native_engine_on_a_variant_it_cannot_serve_is_one_clear_error(folders):
    from export.runtime.errors import GenerationError
    from export.runtime.loading import variant_engine

    with pytest.raises(GenerationError, match="the native engine cannot serve .*not a fused int4 GPT-2"):
        variant_engine(folders["int8"], 1, "cpu", "native")
    with pytest.raises(GenerationError, match="runs on the CPU"):
        variant_engine(folders["int4"], 1, "cuda", "native")


def test_engine_native_in_the_config_serves_the_int4_variant(folders):
    from export.runtime.loading import load_generator
    from imitate.config import Config, RuntimeConfig

    data = folders["int4"].parent.parent.parent.parent  # <data>/models/tiny/onnx/int4
    cfg = Config(data_dir=data, runtime=RuntimeConfig(engine="native", threads=1, device="cpu", originality=False))
    gen = load_generator(cfg, "tiny")
    try:
        assert gen.variant == "int4" and isinstance(gen.backend, NativeEngine) and gen.engine == "native"
        assert len(gen.generate("My dream is", 2, seed=3, max_new_tokens=6)) == 2
    finally:
        gen.close()


def test_a_damaged_model_file_is_one_clear_error(folders, tmp_path):
    from export.runtime.errors import GenerationError

    damaged = tmp_path / "int4"
    shutil.copytree(folders["int4"], damaged)
    data = (damaged / VARIANT_MODEL).read_bytes()
    (damaged / VARIANT_MODEL).write_bytes(data[: len(data) // 2])
    with pytest.raises(GenerationError, match="cannot load"):
        NativeEngine(damaged, threads=1)
    assert (folders["int4"] / VARIANT_MODEL).stat().st_size == len(data)  # the published file is untouched
