"""The generator on a tiny random GPT-2: the same tests run against both engines (torch and ONNX)."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import numpy as np
import pytest

from export.originality import OriginalityIndex, index_path, words
from export.runtime import (
    GenerationError,
    Generator,
    GraphEngine,
    PromptTooLongError,
    Sampling,
    best_variant,
    choose_tokens,
    load_generator,
)
from export.runtime.loading import _generator, auto_engine, load_index
from export.runtime.sampling import draw_tokens
from imitate import hardware
from imitate.config import BuiltinModelConfig, Config, RuntimeConfig
from imitate.hardware import DeviceError, cpu_identity, cpu_name, physical_cores
from imitate.modelfolder import published_variants
from trainer.model import save_builtin_model

NEWLINE, EOS = 198, 50256
PROMPT = "My dream is"


def _cuda_ready() -> bool:
    import torch

    from export.providers import cuda_built

    return torch.cuda.is_available() and cuda_built()


# On a GPU machine with onnxruntime-gpu the whole interface suite also runs on the CUDA engines.
CUDA_READY = _cuda_ready()
gpu = pytest.mark.skipif(not CUDA_READY, reason="needs a CUDA GPU and onnxruntime-gpu")


# --- fixtures: a tiny model, exported; two models that always want to stop -------------------------------


def export_onnx(cfg: Config, name: str, variants: list[str]) -> None:
    from export.onnx import export_model

    results = export_model(cfg, name, variants=variants)
    assert all(r.published for r in results), [r.summary() for r in results]


def make_stopper(cfg: Config, name: str, token: int) -> None:
    """A tiny model whose every next-token distribution peaks at ``token`` (final LayerNorm -> its embedding)."""
    import torch
    from transformers import AutoModelForCausalLM

    folder = cfg.data_dir / "models" / name
    save_builtin_model(folder, BuiltinModelConfig(), seed=1)
    model = AutoModelForCausalLM.from_pretrained(folder)
    with torch.no_grad():
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.copy_(model.transformer.wte.weight[token] * 1000.0)
    model.save_pretrained(folder)
    export_onnx(cfg, name, ["fp32"])


@pytest.fixture(scope="module")
def cfg(tmp_path_factory) -> Config:
    data = tmp_path_factory.mktemp("data")
    config = Config(data_dir=data, runtime=RuntimeConfig(threads=1, max_prompt_tokens=16, device="cpu"))
    save_builtin_model(data / "models" / "tiny", BuiltinModelConfig(), seed=0)
    export_onnx(config, "tiny", ["fp32", "int8", "int4"])
    if CUDA_READY:
        from export.onnx import export_model

        (fp16,) = export_model(config, "tiny", variants=["fp16"], device="cuda")
        assert fp16.published, fp16.summary()
    make_stopper(config, "newline", NEWLINE)
    make_stopper(config, "eos", EOS)
    return config


# "static": the torch engine used on CUDA (static KV cache + CUDA graph), run here on the CPU without a graph.
ENGINES = [("torch", None), ("static", None), ("onnx", "fp32"), ("onnx", "int8"), ("onnx", "int4")]
if CUDA_READY:  # ONNX Runtime's CUDA provider (IO binding on the GPU) and the CUDA-graph torch engine
    ENGINES += [("onnx-cuda", "fp32"), ("onnx-cuda", "fp16"), ("torch-cuda", None)]


def static_generator(cfg: Config, name: str) -> Generator:
    folder = cfg.data_dir / "models" / name
    return _generator(cfg, GraphEngine(folder, threads=1, device="cpu"), folder, name, "fp32", load_index(folder))


@pytest.fixture(scope="module", params=ENGINES, ids=lambda p: f"{p[0]}-{p[1] or 'fp32'}")
def gen(request, cfg) -> Generator:
    engine, variant = request.param
    if engine == "static":
        generator = static_generator(cfg, "tiny")
    elif engine.endswith("-cuda"):
        generator = load_generator(cfg, "tiny", engine=engine.split("-")[0], variant=variant, device="cuda")
        assert generator.device == "cuda"
    else:
        generator = load_generator(cfg, "tiny", engine=engine, variant=variant)
    yield generator
    generator.close()


@pytest.fixture(scope="module", params=["torch", "onnx"])
def stop_engine(request) -> str:
    return request.param


# --- the interface, on every engine ---------------------------------------------------------------------


def test_n_posts_start_with_prompt_and_are_clean(gen):
    posts = gen.generate(PROMPT, n=3, seed=1, max_new_tokens=24)
    assert len(posts) == 3 and all(isinstance(p, str) for p in posts)
    for post in posts:
        assert post.startswith(PROMPT)
        assert "\n" not in post and "<|endoftext|>" not in post and post == post.strip()
    assert len(gen.generate("", n=1, seed=1, max_new_tokens=8)) == 1


def test_seed_reproducible(gen):
    a = gen.generate(PROMPT, n=2, seed=7, max_new_tokens=16)
    b = gen.generate(PROMPT, n=2, seed=7, max_new_tokens=16)
    c = gen.generate(PROMPT, n=2, seed=8, max_new_tokens=16)
    assert a == b
    assert a != c
    assert a[0] != a[1]  # rows of one batch are different draws


def test_prompt_cap(gen):
    too_long = " ".join(["bread"] * 20)  # 20 tokens > max_prompt_tokens=16
    with pytest.raises(PromptTooLongError, match=r"20 tokens long; at most 16"):
        gen.generate(too_long, n=1)
    assert isinstance(PromptTooLongError("x"), GenerationError)


def test_overrides(gen):
    row = gen.tokens.encode("<|endoftext|>" + PROMPT)
    rng = np.random.default_rng(0)
    rows = gen.sample_tokens(row, 3, gen.defaults.override(max_new_tokens=5, min_new_tokens=5), rng)
    assert [len(r) for r in rows] == [5, 5, 5]
    greedy = gen.generate(PROMPT, n=2, seed=1, do_sample=False, max_new_tokens=10)
    assert greedy[0] == greedy[1]
    cold = gen.generate(PROMPT, n=2, seed=1, temperature=1e-4, max_new_tokens=10)
    assert cold == greedy  # near-zero temperature samples the argmax
    assert gen.generate(PROMPT, n=2, seed=1, top_k=1, max_new_tokens=10) == greedy
    with pytest.raises(GenerationError, match="unknown generation setting"):
        gen.generate(PROMPT, n=1, beams=4)
    with pytest.raises(GenerationError, match="temperature"):
        gen.generate(PROMPT, n=1, temperature=0)
    with pytest.raises(GenerationError, match="n must be"):
        gen.generate(PROMPT, n=0)


def test_min_length_defaults_from_model(gen, cfg):
    assert gen.defaults.prefix == "<|endoftext|>" and gen.defaults.min_length == cfg.generate.min_length
    assert gen.defaults.do_sample and gen.defaults.top_p == cfg.generate.top_p


def test_engines_agree(cfg):
    """Same logits (fp32), same sampler: torch and ONNX fp32 give the same posts for a seed."""
    torch_gen = load_generator(cfg, "tiny", engine="torch")
    onnx_gen = load_generator(cfg, "tiny", engine="onnx", variant="fp32")
    static_gen = static_generator(cfg, "tiny")
    try:
        for kwargs in ({"do_sample": False}, {"seed": 3}):
            expected = torch_gen.generate(PROMPT, n=3, max_new_tokens=20, **kwargs)
            assert onnx_gen.generate(PROMPT, n=3, max_new_tokens=20, **kwargs) == expected
            assert static_gen.generate(PROMPT, n=3, max_new_tokens=20, **kwargs) == expected
        # The slots are sized to the generation (3 rows of prompt + 20 new tokens -> 4 x 64), not the context,
        # and grow when a longer one comes
        assert static_gen.backend.decoder.capacity == (4, 64)
        longer = static_gen.generate(PROMPT, n=1, max_new_tokens=100, min_new_tokens=100, do_sample=False)
        assert static_gen.backend.decoder.capacity == (4, 128)
        assert longer == torch_gen.generate(PROMPT, n=1, max_new_tokens=100, min_new_tokens=100, do_sample=False)
    finally:
        torch_gen.close()
        onnx_gen.close()
        static_gen.close()


@gpu
def test_cuda_engines_compute_what_the_cpu_computes(cfg):
    """Prompt logits on the GPU engines match the CPU's; ONNX Runtime keeps the KV cache on the GPU."""
    reference = load_generator(cfg, "tiny", engine="onnx", variant="fp32", device="cpu")
    ids = reference.tokens.encode("<|endoftext|>" + PROMPT)
    expected, _ = reference.backend.prefill(ids)
    reference.close()
    scale = float(np.abs(expected).max())
    for engine, variant, tolerance in (("onnx", "fp32", 1e-3), ("onnx", "fp16", 2e-2), ("torch", None, 1e-3)):
        gen = load_generator(cfg, "tiny", engine=engine, variant=variant, device="cuda")
        try:
            assert gen.device == "cuda"
            logits, past = gen.backend.prefill(ids)
            assert np.abs(logits - expected).max() <= tolerance * scale, (engine, variant)
            if engine == "onnx":
                assert gen.backend.session.get_providers()[0] == "CUDAExecutionProvider"
                assert {v.device_name().lower() for v in past} == {"cuda"}
            else:
                assert isinstance(gen.backend, GraphEngine)
        finally:
            gen.close()
    onnx = load_generator(cfg, "tiny", engine="onnx", device="cuda")
    assert (onnx.engine, onnx.variant, onnx.device) == ("onnx", "fp16", "cuda")  # fp16 preferred on CUDA
    onnx.close()
    auto = load_generator(cfg, "tiny", device="cuda")
    assert (auto.engine, auto.device) == ("torch", "cuda") and isinstance(auto.backend, GraphEngine)
    auto.close()


# --- stop rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model,token", [("newline", NEWLINE), ("eos", EOS)])
def test_stop_rules(cfg, stop_engine, model, token):
    gen = load_generator(cfg, model, engine=stop_engine, variant="fp32" if stop_engine == "onnx" else None)
    steps = []
    step = gen.backend.decode
    gen.backend.decode = lambda *a: steps.append(1) or step(*a)
    try:
        row = gen.tokens.encode("<|endoftext|>" + PROMPT)
        settings = gen.defaults.override(do_sample=False, min_new_tokens=3, max_new_tokens=40)
        rows = gen.sample_tokens(row, 2, settings, np.random.default_rng(0))
        for new in rows:
            assert len(new) == 4 and new[-1] == token and token not in new[:3]  # suppressed before min length
        assert len(steps) == 3  # stopped as soon as every row ended, not after 40 tokens
        posts = gen.generate(PROMPT, n=2, do_sample=False, min_new_tokens=3, max_new_tokens=40)
        expected = gen.tokens.decode(gen.tokens.encode(PROMPT) + rows[0][:3]).strip()
        assert posts == [expected, expected]
        # Sampling too: the distribution peaks at the stop token, so posts end right after min length.
        short = gen.defaults.override(min_new_tokens=2, max_new_tokens=40)
        drawn = gen.sample_tokens(row, 4, short, np.random.default_rng(0))
        assert all(len(new) == 3 and new[-1] == token and token not in new[:2] for new in drawn)
        sampled = gen.generate(PROMPT, n=4, seed=0, min_new_tokens=2, max_new_tokens=40)
        assert all("\n" not in p and "<|endoftext|>" not in p for p in sampled)
    finally:
        gen.close()


def test_closed_generator(cfg):
    gen = load_generator(cfg, "tiny", engine="onnx", variant="fp32")
    gen.close()
    with pytest.raises(GenerationError, match="closed"):
        gen.generate(PROMPT, n=1)


# --- originality -------------------------------------------------------------------------------------------


def test_originality_replaces_copies(gen, caplog):
    plain = gen.generate("", n=3, seed=11, originality=False, min_new_tokens=30, max_new_tokens=40)
    gen.index = OriginalityIndex.build(plain[:2], n=10)  # the first two posts "were training posts"
    try:
        again = gen.generate("", n=3, seed=11, min_new_tokens=30, max_new_tokens=40)
        assert again[2] == plain[2]  # original: kept
        assert again[0] != plain[0] and again[1] != plain[1]  # copies: drawn again
        assert not any(gen.index.is_copied(p) for p in again)
        # Greedy decoding cannot draw anything else: the copies stay (the least-copied, i.e. themselves).
        greedy = gen.generate("", n=2, do_sample=False, originality=False, max_new_tokens=30, min_new_tokens=30)
        gen.index = OriginalityIndex.build(greedy[:1], n=10)
        with caplog.at_level(logging.INFO, logger="export.runtime"):
            assert gen.generate("", n=2, do_sample=False, max_new_tokens=30, min_new_tokens=30) == greedy
        assert "kept the least-copied" in caplog.text
        # No retries allowed: copies are returned as drawn.
        gen.index = OriginalityIndex.build(plain, n=10)
        gen.originality_retries = 0
        assert gen.generate("", n=3, seed=11, min_new_tokens=30, max_new_tokens=40) == plain
    finally:
        gen.index = None
        gen.originality_retries = 3


def test_least_copied_is_kept(gen):
    """When every retry copies too, each slot keeps its least-copied draw."""
    draws = [gen.generate("", n=1, seed=s, originality=False, min_new_tokens=30, max_new_tokens=30)[0] for s in (5, 6)]
    # Training posts: all of the first draw, and only the first 12 words of the second.
    gen.index = OriginalityIndex.build([draws[0], " ".join(words(draws[1])[:12])], n=10)
    calls = iter([[draws[0]], [draws[1]], [draws[0]], [draws[0]]])
    real_post = gen._post
    try:
        gen._post = lambda *a: next(calls)[0]
        out = gen.generate("", n=1, seed=0, max_new_tokens=30)
        assert out == [draws[1]] and gen.index.check(draws[1]).run == 12
    finally:
        gen._post = real_post
        gen.index = None


def test_index_loaded_from_export(cfg, tmp_path):
    index_file = index_path(cfg.data_dir / "models" / "tiny")
    OriginalityIndex.build(["a training post that is long enough to have a few runs of ten words"], 10).save(index_file)
    try:
        gen = load_generator(cfg, "tiny", engine="onnx", variant="fp32")
        assert gen.index is not None and gen.index.count == 1
        gen.close()
        off = Config(data_dir=cfg.data_dir, runtime=RuntimeConfig(originality=False))
        gen = load_generator(off, "tiny", engine="onnx", variant="fp32")
        assert gen.index is None and not gen.defaults.originality
        gen.close()
    finally:
        index_file.unlink()


# --- choosing the engine and variant --------------------------------------------------------------------------


def fake_variant(root: Path, name: str, manifest: dict | None) -> None:
    folder = root / "onnx" / name
    folder.mkdir(parents=True)
    (folder / "model.onnx").write_bytes(b"")
    if manifest is not None:
        (folder / "manifest.json").write_text(json.dumps(manifest))


def test_variant_auto_choice(tmp_path):
    model = tmp_path / "m"
    assert best_variant(model, "cpu") is None
    fake_variant(model, "fp32", {})
    assert best_variant(model, "cpu") == "fp32" and best_variant(model, "cuda") == "fp32"
    fake_variant(model, "int4", {"published": True})
    assert best_variant(model, "cpu") == "int4"
    fake_variant(model, "int8", {"published": False})  # failed its gate
    fake_variant(model, "fp16", None)  # half-written: no manifest
    assert best_variant(model, "cpu") == "int4" and best_variant(model, "cuda") == "fp32"
    assert sorted(published_variants(model)) == ["fp32", "int4"]


def test_export_times_each_variant_and_auto_serves_the_fastest_here(cfg):
    variants = published_variants(cfg.data_dir / "models" / "tiny")
    figures = {v: json.loads((f / "manifest.json").read_text())["speed"] for v, f in variants.items()}
    assert set(figures) == {"fp32", "int8", "int4"}
    for measured in figures.values():
        assert measured["cpu"] == cpu_name() and measured["cpu_identity"] == cpu_identity()
        assert measured["b1_tokens_per_s"] > 0 and measured["b8_tokens_per_s"] > 0
    fastest = max(figures, key=lambda v: figures[v]["b8_tokens_per_s"])
    gen = load_generator(cfg, "tiny")
    assert gen.variant == fastest
    gen.close()


def test_measured_speeds_count_only_on_the_cpu_they_were_measured_on(tmp_path):
    model = tmp_path / "m"
    here = {"cpu": cpu_name(), "cpu_identity": cpu_identity(), "b1_tokens_per_s": 100.0}
    fake_variant(model, "int8", {"speed": {**here, "b8_tokens_per_s": 300.0}})
    fake_variant(model, "int4", {"speed": {**here, "b8_tokens_per_s": 400.0}})
    assert best_variant(model, "cpu") == "int4"  # the faster one here
    fake_variant(model, "fp32", {"speed": {**here, "cpu_identity": "another CPU", "b8_tokens_per_s": 900.0}})
    assert best_variant(model, "cpu") == "int8"  # one was timed elsewhere: the fixed order
    (model / "onnx" / "fp32" / "manifest.json").write_text(json.dumps({}))  # not timed at all
    assert best_variant(model, "cpu") == "int8"


ZEN3 = """processor\t: 0
vendor_id\t: AuthenticAMD
cpu family\t: 25
model\t\t: 1
model name\t: AMD EPYC
flags\t\t: fpu sse2 avx avx2 fma

processor\t: 1
vendor_id\t: AuthenticAMD
cpu family\t: 25
model\t\t: 1
model name\t: AMD EPYC
flags\t\t: fpu sse2 avx avx2 fma
"""


def test_cpus_that_share_a_model_name_are_told_apart_by_family_model_and_instruction_sets(monkeypatch):
    zen4 = ZEN3.replace("model\t\t: 1", "model\t\t: 17").replace("avx2 fma", "avx2 fma avx512f avx512_vnni avx512_bf16")
    identities = []
    for cpuinfo in (ZEN3, zen4):
        monkeypatch.setattr(hardware, "_cpuinfo", lambda text=cpuinfo: text)
        assert cpu_name() == "AMD EPYC"
        identities.append(cpu_identity())
    assert identities == [
        "AMD EPYC (AuthenticAMD family 25 model 1; avx2)",
        "AMD EPYC (AuthenticAMD family 25 model 17; avx2 avx512f avx512_vnni avx512_bf16)",
    ]


def test_speeds_measured_on_a_cpu_of_the_same_name_but_another_kind_do_not_count(tmp_path, monkeypatch):
    model = tmp_path / "m"
    monkeypatch.setattr(hardware, "_cpuinfo", lambda: ZEN3)
    zen3 = {"cpu": "AMD EPYC", "cpu_identity": cpu_identity(), "b1_tokens_per_s": 100.0}
    fake_variant(model, "int8", {"speed": {**zen3, "b8_tokens_per_s": 300.0}})
    fake_variant(model, "int4", {"speed": {**zen3, "b8_tokens_per_s": 400.0}})
    assert best_variant(model, "cpu") == "int4"
    monkeypatch.setattr(hardware, "_cpuinfo", lambda: ZEN3.replace("model\t\t: 1", "model\t\t: 17"))
    assert cpu_name() == "AMD EPYC" and best_variant(model, "cpu") == "int8"  # timed on a Zen 3: the fixed order
    old = {"cpu": "AMD EPYC", "b1_tokens_per_s": 100.0, "b8_tokens_per_s": 400.0}  # written before the identity
    fake_variant(tmp_path / "old", "int8", {"speed": {**old, "b8_tokens_per_s": 300.0}})
    fake_variant(tmp_path / "old", "int4", {"speed": old})
    monkeypatch.setattr(hardware, "_cpuinfo", lambda: ZEN3)
    assert best_variant(tmp_path / "old", "cpu") == "int8"


def test_load_generator_auto(cfg, caplog):
    from export.runtime import speed
    from imitate.modelfolder import model_dir, variant_dir

    gen = load_generator(cfg, "tiny")
    folder = model_dir(cfg.data_dir, "tiny")
    variant = best_variant(folder)
    # the native engine where the export timed it the faster for this variant on this kind of CPU
    served = "native" if speed.native_rows(variant_dir(folder, variant)) else "onnx"
    assert (gen.engine, gen.variant, gen.device) == (served, variant, "cpu")
    options = gen.backend.session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    gen.close()
    # Nothing exported: torch, said in the log; asking for onnx explicitly is an error.
    save_builtin_model(cfg.data_dir / "models" / "bare", BuiltinModelConfig(), seed=0)
    with caplog.at_level(logging.WARNING, logger="export.runtime"):
        gen = load_generator(cfg, "bare")
    assert gen.engine == "torch" and "no published ONNX variant" in caplog.text
    gen.close()
    with pytest.raises(GenerationError, match="imitate export bare"):
        load_generator(cfg, "bare", engine="onnx")
    with pytest.raises(GenerationError, match=r"no published ONNX variant 'int8' \(published: fp32\)"):
        load_generator(cfg, "newline", variant="int8")
    with pytest.raises(GenerationError, match="no model named 'nobody'"):
        load_generator(cfg, "nobody")
    with pytest.raises(GenerationError, match="unknown engine"):
        load_generator(cfg, "tiny", engine="tensorflow")


def test_auto_engine(monkeypatch):
    """auto: torch (CUDA graph) on a GPU unless an ONNX variant is named; ONNX otherwise."""
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert auto_engine("cuda") == "torch" and auto_engine("cuda", "auto") == "torch"
    assert auto_engine("cuda", "fp16") == "onnx" and auto_engine("cpu") == "onnx"
    assert auto_engine("auto") == "torch" and auto_engine("auto", "int8") == "onnx"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert auto_engine("cuda") == "onnx" and auto_engine("auto") == "onnx"


def test_auto_device_takes_a_usable_gpu_quietly(monkeypatch, caplog):
    import torch

    from export.runtime import loading as runtime

    with caplog.at_level(logging.WARNING, logger="export.runtime"):
        monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
        assert runtime._effective_device("torch", "auto") == "cpu"
        assert runtime._effective_device("onnx", "auto") == "cpu"
        monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
        assert runtime._effective_device("torch", "auto") == "cuda"
        monkeypatch.setattr(runtime, "cuda_built", lambda: False)  # onnxruntime's CPU build beside a GPU
        assert runtime._effective_device("onnx", "auto") == "cpu"
        monkeypatch.setattr(runtime, "cuda_built", lambda: True)
        assert runtime._effective_device("onnx", "auto") == "cuda"
        assert runtime._effective_device("onnx", "cpu") == "cpu"
    assert not caplog.records  # auto is not a request: no warnings
    with pytest.raises(DeviceError, match="use auto, cpu or cuda"):
        runtime._effective_device("torch", "tpu")


def test_cuda_falls_back_to_cpu_when_absent(cfg):
    import onnxruntime as ort

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("a GPU is present")
    gen = load_generator(cfg, "tiny", device="cuda")
    assert gen.device == "cpu" and gen.variant == best_variant(cfg.data_dir / "models" / "tiny", "cpu")
    gen.close()


# --- the sampler ----------------------------------------------------------------------------------------------


def test_top_p_keeps_the_nucleus():
    logits = np.log(np.array([[0.5, 0.3, 0.15, 0.05]], np.float32))
    s = Sampling(top_p=0.8, top_k=0, temperature=1.0)
    rng = np.random.default_rng(0)
    drawn = {int(choose_tokens(logits, s, rng)[0]) for _ in range(300)}
    assert drawn == {0, 1}
    drawn = {int(choose_tokens(logits, Sampling(top_p=0.81), rng)[0]) for _ in range(300)}
    assert drawn == {0, 1, 2}
    flat = np.zeros((2, 50257), np.float32)  # the fast path sees too little mass: whole-vocabulary path
    assert choose_tokens(flat, Sampling(top_p=0.95), rng).shape == (2,)
    assert choose_tokens(logits, Sampling(do_sample=False), rng).tolist() == [0]


def nucleus_probabilities(logits: np.ndarray, s: Sampling) -> np.ndarray:
    """The textbook top-k / top-p distribution of one row: sort, keep the shortest head reaching top_p."""
    x = logits.astype(np.float64) / s.temperature
    if 0 < s.top_k < len(x):
        x = np.where(x < np.sort(x)[len(x) - s.top_k], -np.inf, x)
    w = np.exp(x - x.max())
    order = np.argsort(-w, kind="stable")
    head = np.searchsorted(np.cumsum(w[order]), s.top_p * w.sum())
    w[order[head + 1 :]] = 0.0
    return w / w.sum()


@pytest.mark.parametrize(
    ("vocab", "scale", "settings"),
    [
        (6, 1.0, Sampling(top_p=0.8)),
        (40, 0.3, Sampling(top_p=0.95)),  # flat: about 5% of first draws fall outside the nucleus
        (40, 2.0, Sampling(top_p=0.9, temperature=0.7)),
        (40, 1.0, Sampling(top_p=0.9, top_k=10)),
        (3000, 0.2, Sampling(top_p=0.95)),  # several blocks of the walk
    ],
)
def test_the_sampler_draws_from_the_nucleus_with_its_probabilities(vocab, scale, settings):
    rng = np.random.default_rng(0)
    logits = rng.normal(0.0, scale, vocab).astype(np.float32)
    expected = nucleus_probabilities(logits, settings)
    draws = 200_000 if vocab < 100 else 30_000
    rows = np.broadcast_to(logits, (draws, vocab)).copy()
    counts = np.bincount(draw_tokens(rows, settings, rng.random(draws), lambda r: rng.random(len(r))), minlength=vocab)
    assert counts[expected == 0].sum() == 0  # nothing outside the nucleus
    kept = expected > 0
    z = (counts[kept] - draws * expected[kept]) / np.sqrt(draws * expected[kept])
    assert np.abs(z).max() < 5.0, np.abs(z).max()  # each kept token at its renormalised probability


def test_each_row_draws_the_same_in_any_batch():
    rng = np.random.default_rng(1)
    rows = 64
    for settings in (Sampling(top_p=0.95), Sampling(top_p=0.5, top_k=40, temperature=0.8)):
        logits = rng.normal(0.0, 0.3, (rows, 50257)).astype(np.float32)  # flat: a few first draws are refused
        u, second = rng.random(rows), rng.random(rows)
        asked: list[int] = []

        def again(r: np.ndarray, start: int = 0, numbers: np.ndarray = second, asked: list[int] = asked) -> np.ndarray:
            asked.extend((start + r).tolist())
            return numbers[start + r]

        together = draw_tokens(logits, settings, u, again)
        assert asked  # some rows took the second, sorted path
        with ThreadPoolExecutor(2) as pool:  # the first draws split over threads, the second ones in row order
            assert draw_tokens(logits, settings, u, again, pool.map).tolist() == together.tolist()
        alone = [draw_tokens(logits[i : i + 1], settings, u[i : i + 1], partial(again, start=i)) for i in range(rows)]
        assert together.tolist() == [int(a[0]) for a in alone]


def test_physical_cores():
    assert physical_cores() >= 1
