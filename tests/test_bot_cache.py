"""The model cache: which folders are models, batching, LRU, swapping in a republished model, no loop stalls."""

from __future__ import annotations

import asyncio
import shutil
import time
from concurrent.futures import Future
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


class SubmittingFake:
    """A generator with ``submit`` (as the runtime's): records each request, answers when the test says."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, int, int | None, Future[list[str]]]] = []
        self.closed = False

    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> list[str]:
        raise AssertionError("the cache must submit, not call generate")

    def submit(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> Future[list[str]]:
        future: Future[list[str]] = Future()
        self.requests.append((prompt, n, seed, future))
        return future

    def close(self) -> None:
        self.closed = True


def test_every_request_is_submitted_to_the_model_loop_at_once(tmp_path: Path) -> None:
    """No same-prompt merging and no one-call-at-a-time lock: the generator's scheduler batches."""
    fake = SubmittingFake()
    make_model(tmp_path / "data", "alice")

    async def scenario() -> None:
        cache = ModelCache(make_cfg(tmp_path), lambda cfg, name: fake)
        try:
            tasks = [asyncio.create_task(cache.generate("alice", f"prompt {i}", 2, seed=i)) for i in range(5)]
            while len(fake.requests) < 5:  # noqa: ASYNC110 - the fake generator's threads fill it
                await asyncio.sleep(0.01)
            assert [(p, n, s) for p, n, s, _ in fake.requests] == [(f"prompt {i}", 2, i) for i in range(5)]
            for prompt, n, _, future in reversed(fake.requests):  # the last ends first: it is answered first
                future.set_result([f"{prompt} post"] * n)
                await asyncio.sleep(0)
            results = await asyncio.gather(*tasks)
            assert results == [[f"prompt {i} post"] * 2 for i in range(5)]
            cancelled = asyncio.create_task(cache.generate("alice", "gone", 1))
            while len(fake.requests) < 6:  # noqa: ASYNC110 - the fake generator's threads fill it
                await asyncio.sleep(0.01)
            cancelled.cancel()
            with pytest.raises(asyncio.CancelledError):
                await cancelled
            assert fake.requests[-1][3].cancelled()  # the caller went away: the loop will drop it
        finally:
            await cache.close()
        assert fake.closed

    asyncio.run(scenario())


def test_generators_without_submit_are_called_one_at_a_time(tmp_path: Path) -> None:
    factory = FakeFactory(delay=0.05)
    make_model(tmp_path / "data", "alice")

    async def scenario() -> None:
        cache = cache_for(tmp_path, factory)
        try:
            results = await asyncio.gather(*(cache.generate("alice", "", 4) for _ in range(5)))
        finally:
            await cache.close()
        assert all(len(r) == 4 for r in results)
        assert len(factory.loaded[0].calls) == 5 and not factory.loaded[0].overlapped

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
