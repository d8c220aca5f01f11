"""The bot's model cache: loaded generators, a bounded inference pool, and batching of same-prompt requests.

- Up to ``cfg.bot.model_cache_size`` generators stay loaded (least recently used goes first, closed once no
  request is using it). Loading runs in a thread, one load per model at a time.
- Inference runs in a ``ThreadPoolExecutor`` of ``cfg.bot.inference_workers`` threads, behind an
  ``asyncio.Semaphore`` of the same size, so a burst of requests waits in the event loop instead of piling
  up threads; the event loop itself never runs a model.
- One generator runs one call at a time. Requests for the same model and prompt (without a seed) that arrive
  while it is busy, or within ``cfg.bot.batch_window_ms``, are merged into one ``generate(prompt, n=sum)``
  call of at most ``cfg.bot.max_batch`` posts, and the posts are split back: sampling n sequences in one
  batch costs far less than n calls.
- A model folder is published by renaming (imitate.atomic.publish_dir), so its (inode, mtime) is its
  version: a request that finds the folder changed loads the new model, and the worker calls
  :meth:`ModelCache.invalidate` after publishing. Requests already running finish on the old generator.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from imitate import modelfolder
from imitate.config import Config
from imitate.modelfolder import model_dir

logger = logging.getLogger(__name__)


class GeneratorLike(Protocol):
    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> list[str]: ...
    def close(self) -> None: ...


GeneratorFactory = Callable[[Config, str], GeneratorLike]


class ModelNotFoundError(LookupError):
    """No usable model folder for this name."""


def default_factory(cfg: Config, name: str) -> GeneratorLike:
    from export.runtime import load_generator

    return load_generator(cfg, name)


@dataclass
class _Entry:
    name: str
    version: tuple[int, int] | None
    generator: GeneratorLike
    users: int = 0
    retired: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one generate call at a time


@dataclass
class _Request:
    prompt: str
    n: int
    seed: int | None
    future: asyncio.Future[list[str]]


class ModelCache:
    def __init__(self, cfg: Config, factory: GeneratorFactory = default_factory) -> None:
        self.cfg = cfg
        self.factory = factory
        self.capacity = cfg.bot.model_cache_size
        self.max_batch = cfg.bot.max_batch
        self.window = cfg.bot.batch_window_ms / 1000.0
        self._entries: collections.OrderedDict[str, _Entry] = collections.OrderedDict()
        self._load_locks: dict[str, asyncio.Lock] = collections.defaultdict(asyncio.Lock)
        self._pending: dict[str, list[_Request]] = collections.defaultdict(list)
        self._drainers: dict[str, asyncio.Task[None]] = {}
        self._pool = ThreadPoolExecutor(cfg.bot.inference_workers, thread_name_prefix="inference")
        self._loader = ThreadPoolExecutor(1, thread_name_prefix="model-load")
        self._slots = asyncio.Semaphore(cfg.bot.inference_workers)
        self.calls = 0  # generate calls made (tests and the load test read it)

    # --- models on disk ------------------------------------------------------------------------------

    def available(self) -> list[str]:
        return modelfolder.list_models(self.cfg.data_dir)

    def loaded(self) -> list[str]:
        return list(self._entries)

    def invalidate(self, name: str) -> None:
        """Forget the loaded generator of ``name`` (after a retrain); the next request loads the new one."""
        entry = self._entries.pop(name, None)
        if entry is not None:
            logger.info("model %s: dropped from the cache (new version)", name)
            self._retire(entry)

    async def _entry(self, name: str) -> _Entry:
        folder = model_dir(self.cfg.data_dir, name)
        async with self._load_locks[name]:
            version = modelfolder.version(folder)
            entry = self._entries.get(name)
            if entry is not None and entry.version == version:
                self._entries.move_to_end(name)
                return entry
            if entry is not None:
                self.invalidate(name)
            if version is None or not modelfolder.is_servable(folder):
                raise ModelNotFoundError(name)
            loop = asyncio.get_running_loop()
            generator = await loop.run_in_executor(self._loader, self.factory, self.cfg, name)
            entry = _Entry(name, version, generator)
            self._entries[name] = entry
            logger.info("model %s: loaded (%d in cache)", name, len(self._entries))
            while len(self._entries) > self.capacity:
                _, oldest = self._entries.popitem(last=False)
                logger.info("model %s: evicted from the cache", oldest.name)
                self._retire(oldest)
            return entry

    def _retire(self, entry: _Entry) -> None:
        entry.retired = True
        if entry.users == 0:
            self._close_later(entry)

    def _close_later(self, entry: _Entry) -> None:
        self._loader.submit(_close_quietly, entry.generator)

    # --- generation ---------------------------------------------------------------------------------

    async def generate(self, name: str, prompt: str = "", n: int = 5, *, seed: int | None = None) -> list[str]:
        """``n`` posts from model ``name``; waits its turn, batched with others asking the same."""
        loop = asyncio.get_running_loop()
        request = _Request(prompt, n, seed, loop.create_future())
        self._pending[name].append(request)
        if name not in self._drainers:
            task = asyncio.create_task(self._drain(name), name=f"generate-{name}")
            self._drainers[name] = task
        return await request.future

    async def _drain(self, name: str) -> None:
        """Serve the queued requests of one model, batch by batch, until none are left."""
        try:
            await asyncio.sleep(self.window)
            while self._pending[name]:
                batch = self._take_batch(name)
                await self._run_batch(name, batch)
        finally:
            self._drainers.pop(name, None)
            for request in self._pending.pop(name, []):  # only after an unexpected error or cancellation
                if not request.future.done():
                    request.future.set_exception(RuntimeError(f"generation for {name} stopped"))

    def _take_batch(self, name: str) -> list[_Request]:
        """The oldest request plus later ones with the same prompt (no seed), up to ``max_batch`` posts."""
        queue = self._pending[name]
        first = queue.pop(0)
        batch = [first]
        if first.seed is not None:
            return batch
        total = first.n
        for request in list(queue):
            if request.seed is None and request.prompt == first.prompt and total + request.n <= self.max_batch:
                queue.remove(request)
                batch.append(request)
                total += request.n
        return batch

    async def _run_batch(self, name: str, batch: list[_Request]) -> None:
        live = [r for r in batch if not r.future.done()]  # a request whose caller went away is skipped
        if not live:
            return
        try:
            entry = await self._entry(name)
        except Exception as exc:  # noqa: BLE001 - handed to every waiting caller
            _fail(live, exc)
            return
        entry.users += 1
        try:
            async with entry.lock, self._slots:
                first = live[0]
                total = sum(r.n for r in live)
                self.calls += 1
                posts = await asyncio.get_running_loop().run_in_executor(
                    self._pool, _call_generate, entry.generator, first.prompt, total, first.seed
                )
        except asyncio.CancelledError:
            _fail(live, RuntimeError("generation cancelled"))
            raise
        except Exception as exc:  # noqa: BLE001 - handed to every waiting caller
            _fail(live, exc)
            return
        finally:
            entry.users -= 1
            if entry.retired and entry.users == 0:
                self._close_later(entry)
        start = 0
        for request in live:
            if not request.future.done():
                request.future.set_result(list(posts[start : start + request.n]))
            start += request.n

    async def close(self) -> None:
        for task in list(self._drainers.values()):
            task.cancel()
        for task in list(self._drainers.values()):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for name in list(self._entries):
            self.invalidate(name)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._pool.shutdown, True)
        await loop.run_in_executor(None, self._loader.shutdown, True)


def _call_generate(generator: GeneratorLike, prompt: str, n: int, seed: int | None) -> list[str]:
    posts = list(generator.generate(prompt, n, seed=seed))
    if len(posts) < n:
        raise RuntimeError(f"the generator returned {len(posts)} posts instead of {n}")
    return posts


def _fail(requests: list[_Request], exc: BaseException) -> None:
    for request in requests:
        if not request.future.done():
            request.future.set_exception(exc)


def _close_quietly(generator: Any) -> None:
    try:
        generator.close()
    except Exception:  # noqa: BLE001 - closing a model must not break the bot
        logger.exception("closing a generator failed")
