"""The bot's model cache: loaded generators, each serving every request in its own decode loop.

- Up to ``cfg.bot.model_cache_size`` generators stay loaded (least recently used goes first, closed once no
  request is using it). Loading runs in a thread, one load per model at a time.
- A request is handed to its generator's scheduler (``Generator.submit``, :mod:`export.runtime.scheduler`),
  which decodes every live post of every request in one loop in its own thread (continuous batching: any
  prompt, count or seed, ``runtime.max_batch`` posts at once) and resolves the request's future as soon as
  its own posts end. This layer only awaits that future, so the event loop never runs a model; a caller
  that goes away cancels the future and the loop drops its posts.
- A generator without ``submit`` (the tests' fakes) is called in a ``ThreadPoolExecutor`` of
  ``cfg.bot.inference_workers`` threads, one call at a time per generator.
- A model folder is published by renaming (imitate.atomic.publish_dir), so its (inode, mtime) is its
  version: a request that finds the folder changed loads the new model, and the worker calls
  :meth:`ModelCache.invalidate` after publishing. Requests already running finish on the old generator.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from imitate import modelfolder
from imitate.config import Config
from imitate.modelfolder import model_dir

logger = logging.getLogger(__name__)


class GeneratorLike(Protocol):
    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> list[str]: ...
    def close(self) -> None: ...


class SubmittingGenerator(GeneratorLike, Protocol):
    def submit(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> Future[list[str]]: ...


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
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one call at a time (generators without submit)


class ModelCache:
    def __init__(self, cfg: Config, factory: GeneratorFactory = default_factory) -> None:
        self.cfg = cfg
        self.factory = factory
        self.capacity = cfg.bot.model_cache_size
        self._entries: collections.OrderedDict[str, _Entry] = collections.OrderedDict()
        self._load_locks: dict[str, asyncio.Lock] = collections.defaultdict(asyncio.Lock)
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
        """``n`` posts from model ``name``, decoded in its loop beside every other request."""
        entry = await self._entry(name)
        entry.users += 1
        try:
            self.calls += 1
            if hasattr(entry.generator, "submit"):
                future = cast(SubmittingGenerator, entry.generator).submit(prompt, n, seed=seed)
                posts = await asyncio.wrap_future(future)  # cancelling this cancels the request in the loop
            else:
                async with entry.lock, self._slots:
                    posts = await asyncio.get_running_loop().run_in_executor(
                        self._pool, functools.partial(entry.generator.generate, prompt, n, seed=seed)
                    )
        finally:
            entry.users -= 1
            if entry.retired and entry.users == 0:
                self._close_later(entry)
        if len(posts) < n:
            raise RuntimeError(f"the generator returned {len(posts)} posts instead of {n}")
        return list(posts[:n])

    async def close(self) -> None:
        """Close every generator (each lets its running requests finish) and wait for their threads."""
        for name in list(self._entries):
            self.invalidate(name)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._pool.shutdown, True)
        await loop.run_in_executor(None, self._loader.shutdown, True)


def _close_quietly(generator: Any) -> None:
    try:
        generator.close()
    except Exception:  # noqa: BLE001 - closing a model must not break the bot
        logger.exception("closing a generator failed")
