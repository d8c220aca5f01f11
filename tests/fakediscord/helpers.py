"""Helpers for the bot tests and the load test: configs, fake models and generators, a running bot."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from bot import fakediscord
from bot.cache import GeneratorFactory
from bot.fakediscord import FakeDiscord
from export.runtime import PromptTooLongError
from imitate.config import Config, load_config, replace
from imitate.modelfolder import models_dir

MAX_PROMPT_WORDS = 30  # the fake generator's "token" limit


def make_cfg(
    tmp_path: Path,
    fake: FakeDiscord | None = None,
    *,
    bot: dict[str, Any] | None = None,
    worker: dict[str, Any] | None = None,
) -> Config:
    """A config for a test: data in tmp_path, the fake's URLs, its guild, no cooldown unless asked."""
    cfg = load_config(None, data_dir=str(tmp_path / "data"))
    bot_changes: dict[str, Any] = {"cooldown_seconds": 0.0, "batch_window_ms": 5.0}
    if fake is not None:
        bot_changes.update(api_base=fake.api_base, gateway_url=fake.gateway_url, guilds=(fake.guild_id,))
    bot_changes.update(bot or {})
    worker_changes: dict[str, Any] = {"poll_seconds": 0.2, "heartbeat_seconds": 0.2, "stale_seconds": 5.0}
    worker_changes.update(worker or {})
    return replace(cfg, bot=replace(cfg.bot, **bot_changes), worker=replace(cfg.worker, **worker_changes))


def make_model(data_dir: Path, name: str, *, onnx: bool = False) -> Path:
    """A folder that looks like a published model (the fake generator does not read it)."""
    folder = models_dir(data_dir) / name  # may also be a hidden or previous folder (tests of what is skipped)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text('{"model_type": "gpt2"}', encoding="utf-8")
    (folder / "model.safetensors").write_bytes(b"")
    if onnx:
        (folder / "onnx" / "fp32").mkdir(parents=True, exist_ok=True)
        (folder / "onnx" / "fp32" / "model.onnx").write_bytes(b"")
        (folder / "onnx" / "fp32" / "manifest.json").write_text('{"published": true}', encoding="utf-8")
    return folder


class FakeGenerator:
    """Returns numbered posts that try to ping everyone; sleeps ``delay`` seconds per call (in its thread)."""

    def __init__(self, name: str, delay: float = 0.0, fail: Exception | None = None, post_chars: int = 0) -> None:
        self.name = name
        self.post_chars = post_chars
        self.delay = delay
        self.fail = fail
        self.calls: list[tuple[str, int, int | None]] = []
        self.closed = False
        self._busy = threading.Lock()
        self.overlapped = False

    def generate(self, prompt: str = "", n: int = 5, *, seed: int | None = None) -> list[str]:
        if not self._busy.acquire(blocking=False):
            self.overlapped = True  # the cache must serialise calls per generator
            self._busy.acquire()
        try:
            self.calls.append((prompt, n, seed))
            if self.fail is not None:
                raise self.fail
            if len(prompt.split()) > MAX_PROMPT_WORDS:
                raise PromptTooLongError(f"the prompt has more than {MAX_PROMPT_WORDS} tokens")
            if self.delay:
                time.sleep(self.delay)
            posts = [f"{prompt} post {i} from {self.name} @everyone <@&42> <@1234>".strip() for i in range(n)]
            return [p + " lorem" * ((self.post_chars - len(p)) // 6) for p in posts]
        finally:
            self._busy.release()

    def close(self) -> None:
        self.closed = True


class FakeFactory:
    """A generator factory for ModelCache that records what it loaded."""

    def __init__(self, delay: float = 0.0, fail: Exception | None = None, post_chars: int = 0) -> None:
        self.delay = delay
        self.fail = fail
        self.post_chars = post_chars
        self.loaded: list[FakeGenerator] = []

    def __call__(self, cfg: Config, name: str) -> FakeGenerator:
        generator = FakeGenerator(name, self.delay, self.fail, self.post_chars)
        self.loaded.append(generator)
        return generator


def running_bot(cfg: Config, fake: FakeDiscord, factory: GeneratorFactory | None = None, **kwargs: Any):
    """:func:`bot.fakediscord.running_bot` with fake generators unless a factory is given."""
    return fakediscord.running_bot(cfg, fake, factory or FakeFactory(), **kwargs)
