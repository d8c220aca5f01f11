"""The model cache: which folders are models, batching, LRU, swapping in a republished model, no loop stalls."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import pytest

from bot.cache import ModelCache, ModelNotFoundError
from imitate.atomic import publish_dir
from imitate.modelfolder import list_models
from tests.fakediscord.helpers import (
    FakeFactory,
    PromptTooLongError,
    make_cfg,
    make_model,
)


def cache_for(tmp_path: Path, factory: FakeFactory, **bot: object) -> ModelCache:
    cfg = make_cfg(tmp_path, bot=bot)
    return ModelCache(cfg, factory)


def test_list_models_skips_staging_previous_and_incomplete_folders(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_model(data, "alice")
    make_model(data, "bob", onnx=True)
    (data / "models" / "bob" / "model.safetensors").unlink()  # ONNX only still serves
    make_model(data, "dan", onnx=True)
    (data / "models" / "dan" / "model.safetensors").unlink()
    (data / "models" / "dan" / "onnx" / "fp32" / "manifest.json").unlink()  # an export cut off: not served
    make_model(data, "carol.previous")
    make_model(data, ".staging")
    (data / "models" / "half").mkdir()
    (data / "models" / "half" / "config.json").write_text("{}")
    assert list_models(data) == ["alice", "bob"]
    assert list_models(tmp_path / "nowhere") == []


def test_requests_for_the_same_prompt_are_batched(tmp_path: Path) -> None:
    factory = FakeFactory(delay=0.1)
    make_model(tmp_path / "data", "alice")

    async def scenario() -> None:
        cache = cache_for(tmp_path, factory, max_batch=20)
        try:
            same = [cache.generate("alice", "hi", 3) for _ in range(6)]
            other = cache.generate("alice", "other prompt", 2)
            seeded = cache.generate("alice", "hi", 2, seed=7)
            results = await asyncio.gather(*same, other, seeded)
        finally:
            await cache.close()
        for posts in results[:6]:
            assert len(posts) == 3 and all(p.startswith("hi post") for p in posts)
        assert len(results[6]) == 2 and results[6][0].startswith("other prompt")
        assert len(results[7]) == 2
        calls = factory.loaded[0].calls
        assert len(calls) < 8  # fewer generate calls than requests
        assert ("hi", 18, None) in calls  # the six same-prompt requests went in one call
        assert ("hi", 2, 7) in calls  # a seeded request is never merged
        assert all(n <= 20 for _, n, _ in calls)
        assert not factory.loaded[0].overlapped  # one call at a time per generator

    asyncio.run(scenario())


def test_batches_respect_max_batch(tmp_path: Path) -> None:
    factory = FakeFactory(delay=0.05)
    make_model(tmp_path / "data", "alice")

    async def scenario() -> None:
        cache = cache_for(tmp_path, factory, max_batch=10)
        try:
            results = await asyncio.gather(*(cache.generate("alice", "", 4) for _ in range(5)))
        finally:
            await cache.close()
        assert all(len(r) == 4 for r in results)
        assert all(n <= 10 for _, n, _ in factory.loaded[0].calls)

    asyncio.run(scenario())


def test_lru_eviction_closes_the_oldest_generator(tmp_path: Path) -> None:
    factory = FakeFactory()
    for name in ("a1", "b2", "c3"):
        make_model(tmp_path / "data", name)

    async def scenario() -> None:
        cache = cache_for(tmp_path, factory, model_cache_size=2)
        try:
            await cache.generate("a1", "", 1)
            await cache.generate("b2", "", 1)
            await cache.generate("a1", "", 1)  # a1 is now the most recent
            await cache.generate("c3", "", 1)
            assert cache.loaded() == ["a1", "c3"]
        finally:
            await cache.close()
        by_name = {g.name: g for g in factory.loaded}
        assert by_name["b2"].closed
        assert len(factory.loaded) == 3

    asyncio.run(scenario())


def test_a_republished_model_is_swapped_in(tmp_path: Path) -> None:
    factory = FakeFactory()
    data = tmp_path / "data"
    make_model(data, "alice")

    async def scenario() -> None:
        cache = cache_for(tmp_path, factory)
        try:
            await cache.generate("alice", "", 1)
            new = make_model(data / "staging", "alice")
            publish_dir(new, data / "models" / "alice")  # the worker's atomic publish
            await cache.generate("alice", "", 1)
            assert len(factory.loaded) == 2 and factory.loaded[0].closed
            cache.invalidate("alice")  # the in-process worker also says so explicitly
            await cache.generate("alice", "", 1)
            assert len(factory.loaded) == 3
            shutil.rmtree(data / "models" / "alice")
            with pytest.raises(ModelNotFoundError):
                await cache.generate("alice", "", 1)
        finally:
            await cache.close()

    asyncio.run(scenario())


def test_generation_errors_reach_the_caller(tmp_path: Path) -> None:
    make_model(tmp_path / "data", "alice")

    async def scenario() -> None:
        cache = cache_for(tmp_path, FakeFactory())
        try:
            with pytest.raises(PromptTooLongError):
                await cache.generate("alice", "word " * 100, 2)
            assert len(await cache.generate("alice", "fine", 2)) == 2  # the model still serves
            with pytest.raises(ModelNotFoundError):
                await cache.generate("nobody", "", 1)
        finally:
            await cache.close()
        failing = cache_for(tmp_path, FakeFactory(fail=RuntimeError("onnx exploded")))
        try:
            with pytest.raises(RuntimeError, match="onnx exploded"):
                await failing.generate("alice", "", 1)
        finally:
            await failing.close()

    asyncio.run(scenario())


def test_inference_does_not_stall_the_event_loop(tmp_path: Path) -> None:
    make_model(tmp_path / "data", "alice")
    make_model(tmp_path / "data", "bob")

    async def scenario() -> float:
        cache = cache_for(tmp_path, FakeFactory(delay=0.2), inference_workers=2)
        worst = 0.0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal worst
            while not stop.is_set():
                start = time.perf_counter()
                await asyncio.sleep(0.01)
                worst = max(worst, time.perf_counter() - start - 0.01)

        tick = asyncio.create_task(ticker())
        try:
            start = time.perf_counter()
            await asyncio.gather(*(cache.generate(n, f"p{i}", 2) for i in range(4) for n in ("alice", "bob")))
            elapsed = time.perf_counter() - start
        finally:
            stop.set()
            await tick
            await cache.close()
        assert elapsed < 4 * 0.2 * 2  # two models ran side by side in the two-thread pool
        return worst

    assert asyncio.run(scenario()) < 0.1
