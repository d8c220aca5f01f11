"""Continuous batching: every request of a model decoded in one loop, each as if it ran alone."""

from __future__ import annotations

import asyncio
import shutil
import threading
from concurrent.futures import Future

import numpy as np
import pytest
import torch

from bot.cache import ModelCache
from export.runtime import (
    GenerationError,
    Generator,
    PromptTooLongError,
    load_generator,
)
from export.runtime.cache_quant import scales_path
from export.runtime.engines import GraphEngine, OnnxEngine
from export.runtime.loading import _generator
from export.runtime.shared_cache import SharedCacheEngine
from export.runtime.tokens import Tokens
from export.runtime.vocabulary import Vocabulary
from imitate.config import Config, RuntimeConfig, replace
from tests.conftest import save_tiny_model

# (prompt, n, seed, overrides): different prompts, counts, seeds, lengths and sampling settings.
REQUESTS: list[tuple[str, int, int | None, dict]] = [
    ("My dream is", 3, 1, {"max_new_tokens": 20}),
    ("", 2, 2, {"max_new_tokens": 9}),
    ("Bread is the best thing in the world", 1, 3, {"do_sample": False, "max_new_tokens": 25}),
    ("Hi", 4, 4, {"top_k": 5, "temperature": 0.7, "max_new_tokens": 30, "min_new_tokens": 12}),
    ("Sourdough", 2, 5, {"top_p": 0.5, "max_new_tokens": 14}),
]


def loop_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(("decode-", "inference", "model-load"))]


@pytest.fixture(scope="module")
def cfg(tmp_path_factory) -> Config:
    from export.onnx import export_model

    data = tmp_path_factory.mktemp("data")
    config = Config(data_dir=data, runtime=RuntimeConfig(threads=1, max_prompt_tokens=100, device="cpu", max_batch=64))
    save_tiny_model(data / "models" / "tiny")
    results = export_model(config, "tiny", variants=["fp32", "int4"])
    assert all(r.published for r in results), [r.summary() for r in results]
    # the same model with its output layer cut to every 3rd token (a third of the draws take the escape),
    # and its cache in float32 (the export gave int4 an int8 cache)
    shutil.copytree(data / "models" / "tiny", data / "models" / "tinycut")
    kept = np.union1d(np.arange(0, 50257, 3), Tokens(data / "models" / "tiny").stop_ids)
    Vocabulary(kept, 0.3).save(data / "models" / "tinycut" / "onnx" / "int4")
    scales_path(data / "models" / "tinycut" / "onnx" / "int4").unlink()
    return config


# onnx-fp32: the exported graph as it is; onnx-int4: rewritten for the shared in-place cache, kept in int8;
# onnx-int4cut: that with its output layer cut (export.runtime.vocabulary) and its cache in float32; torch;
# static: the CUDA-graph engine's slots, run here on the CPU without a graph
# (and static-cuda: with its graphs, on a GPU only)
@pytest.fixture(params=["onnx-fp32", "onnx-int4", "onnx-int4cut", "torch", "static", "static-cuda"])
def gen(request, cfg) -> Generator:
    engine, _, variant = request.param.partition("-")
    name = "tinycut" if variant == "int4cut" else "tiny"
    if engine == "static":
        if variant == "cuda" and not torch.cuda.is_available():
            pytest.skip("needs a CUDA GPU")
        folder = cfg.data_dir / "models" / name
        engine_there = GraphEngine(folder, threads=1, device=variant or "cpu")
        generator = _generator(cfg, engine_there, folder, name, "fp32", None)
    else:
        generator = load_generator(cfg, name, engine=engine, variant=variant.removesuffix("cut") or None)
    if engine == "onnx":  # the fp32 export has no fused attention to rewrite
        assert isinstance(generator.backend, SharedCacheEngine if variant.startswith("int4") else OnnxEngine)
        assert (generator.backend.columns is not None) == (name == "tinycut")
    if variant.startswith("int4"):
        assert generator.backend.cache_dtype == (np.int8 if name == "tiny" else np.float32)
    yield generator
    generator.close()


def submit_all(gen: Generator) -> list[Future[list[str]]]:
    return [gen.submit(prompt, n, seed=seed, **kw) for prompt, n, seed, kw in REQUESTS]


def test_mixed_requests_in_one_batch_give_what_each_gives_alone(gen):
    alone = [gen.generate(prompt, n, seed=seed, **kw) for prompt, n, seed, kw in REQUESTS]
    assert gen.scheduler.peak_rows == 4  # alone: one request's rows at a time
    together = [f.result() for f in submit_all(gen)]
    assert together == alone
    assert gen.scheduler.peak_rows > 4  # ... and here they shared the loop
    assert [len(p) for p in together] == [n for _, n, _, _ in REQUESTS]
    assert all(p.startswith(prompt) for (prompt, *_), posts in zip(REQUESTS, together, strict=True) for p in posts)


def test_max_batch_bounds_the_rows_and_admission_is_first_in_first_out(cfg):
    small = replace(cfg, runtime=replace(cfg.runtime, max_batch=4))
    gen = load_generator(small, "tiny", engine="onnx", variant="fp32")
    admitted: list[list[int]] = []
    prefill = gen.backend.prefill
    gen.backend.prefill = lambda row, total=None: admitted.append(row) or prefill(row, total)
    try:
        futures = [gen.submit(f"Post number {i}", 2, seed=i, max_new_tokens=10) for i in range(6)]
        assert all(len(f.result()) == 2 for f in futures)
        assert gen.scheduler.peak_rows == 4
        assert admitted == [gen.tokens.encode(f"<|endoftext|>Post number {i}") for i in range(6)]
    finally:
        gen.close()


def test_a_failing_request_fails_alone(gen):
    alone = [gen.generate(prompt, n, seed=seed, **kw) for prompt, n, seed, kw in REQUESTS]
    prefill = gen.backend.prefill
    boom = gen.tokens.encode("<|endoftext|>boom")

    def failing(row, total=None):
        if row == boom:
            raise RuntimeError("the engine broke on this one")
        return prefill(row, total)

    gen.backend.prefill = failing
    with pytest.raises(PromptTooLongError, match="fills the model's context"):
        gen.submit(" ".join(["bread"] * 70), 1)  # 70 tokens > the tiny model's 64 positions
    futures = submit_all(gen)
    broken = gen.submit("boom", 2, seed=0)
    futures += submit_all(gen)
    with pytest.raises(RuntimeError, match="the engine broke on this one"):
        broken.result()
    assert [f.result() for f in futures] == alone + alone


def test_a_cancelled_request_is_dropped(gen):
    long = gen.submit("Forever", 3, seed=1, max_new_tokens=50, min_new_tokens=50)
    short = gen.submit("Soon", 1, seed=2, max_new_tokens=5)
    steps = []
    decode = gen.backend.decode

    def counting(*args):
        steps.append(1)
        if len(steps) == 8:
            assert long.cancel()  # the caller goes away mid-batch
        return decode(*args)

    gen.backend.decode = counting
    assert len(short.result()) == 1
    gen.scheduler.close()  # waits for the loop to end
    assert long.cancelled() and len(steps) == 8  # dropped at the next step, not decoded to 50 tokens
    assert not loop_threads()


def test_a_closed_model_drains_its_queue_and_refuses_new_requests(gen):
    """A retrain swaps the model: the old one is closed while requests are queued; none is lost."""
    alone = [gen.generate(prompt, n, seed=seed, **kw) for prompt, n, seed, kw in REQUESTS]
    futures = submit_all(gen) + submit_all(gen)
    closer = threading.Thread(target=gen.close)
    closer.start()
    closer.join()
    assert [f.result() for f in futures] == alone + alone
    with pytest.raises(GenerationError, match="closed"):
        gen.submit("late", 1)
    assert not loop_threads()


def test_originality_redraws_join_the_loop_and_keep_the_seed(gen):
    from export.originality import OriginalityIndex

    plain = gen.generate("", n=3, seed=11, originality=False, min_new_tokens=30, max_new_tokens=40)
    gen.index = OriginalityIndex.build(plain[:2], n=10)
    try:
        alone = gen.generate("", n=3, seed=11, min_new_tokens=30, max_new_tokens=40)
        assert alone[2] == plain[2] and alone[0] != plain[0]
        others = submit_all(gen)
        again = gen.submit("", n=3, seed=11, min_new_tokens=30, max_new_tokens=40)
        assert again.result() == alone
        assert again.first_draw == plain  # before the redraws: what the filter-off call gave (eval uses it)
        assert all(f.result() for f in others)
    finally:
        gen.index = None


def test_cancelling_the_bot_mid_batch_leaves_no_thread(cfg):
    generators: list[Generator] = []

    def factory(config: Config, name: str) -> Generator:
        generators.append(load_generator(config, name, engine="onnx", variant="fp32"))
        return generators[-1]

    async def scenario() -> None:
        cache = ModelCache(cfg, factory)
        await cache.generate("tiny", "warm up", 1)
        tasks = [asyncio.create_task(cache.generate("tiny", f"prompt {i}", 3)) for i in range(6)]
        await asyncio.sleep(0.05)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await cache.close()

    asyncio.run(scenario())
    assert generators and generators[0].backend is None  # closed
    assert not loop_threads()
