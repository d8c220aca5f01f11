"""End to end through the real runtime: a tiny random GPT-2 folder, export.runtime.load_generator, the bot."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cache import ModelCache, default_factory
from imitate.config import replace
from imitate.modelfolder import model_dir
from tests.conftest import save_tiny_model
from tests.fakediscord import FakeDiscord
from tests.fakediscord.helpers import make_cfg, running_bot


def test_imitate_with_a_real_tiny_model(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with FakeDiscord() as fake:
            cfg = make_cfg(tmp_path, fake, bot={"run_worker": False})
            cfg = replace(
                cfg,
                runtime=replace(cfg.runtime, engine="torch", max_prompt_tokens=8, threads=1),
                generate=replace(cfg.generate, max_length=24, min_length=2),
            )
            await asyncio.to_thread(save_tiny_model, model_dir(cfg.data_dir, "alice"))
            async with running_bot(cfg, fake, default_factory) as bot:
                interaction = await fake.interact("imitate", {"handle": "alice", "prompt": "Hello there", "count": 3})
                reply = await fake.reply_to(interaction, timeout=60)
                assert reply.method == "PATCH" and reply.json["allowed_mentions"] == {"parse": []}
                description = reply.json["embeds"][0]["description"]
                assert description.count("Hello there") == 3, description
                assert bot.cache.loaded() == ["alice"]

                words = "one two three four five six seven eight nine ten eleven twelve"
                too_long = await fake.interact("imitate", {"handle": "alice", "prompt": words})
                reply = await fake.reply_to(too_long, timeout=60)
                assert reply.ephemeral and "Your prompt is too long for this model" in reply.content
                assert "runtime.max_prompt_tokens" in reply.content

    asyncio.run(scenario())


@pytest.mark.slow
def test_retrain_job_runs_the_real_pipeline_and_serves_the_result(tmp_path: Path) -> None:
    """bot.jobs.steps's real steps (trainer.train into staging, export.onnx.export_model there), then ONNX serving."""
    from bot.jobs.store import JobState, SqliteJobStore
    from bot.jobs.worker import Worker
    from imitate.demo import demo_config
    from trainer.demo import demo_archive_path
    from trainer.fetch import fetch

    cfg = demo_config(make_cfg(tmp_path))
    cfg = replace(
        cfg,
        train=replace(cfg.train, max_steps=2, epochs=1.0),
        wandb=replace(cfg.wandb, mode="disabled"),
        export=replace(cfg.export, variants=("fp32",)),
        runtime=replace(cfg.runtime, threads=1),
    )
    handle = fetch(cfg, cfg.demo.handle, archive=demo_archive_path()).handle

    async def scenario() -> None:
        async with SqliteJobStore(cfg.database_path) as store:
            await store.enqueue(handle, 1, 2, 3)
            job = await Worker(cfg, store).run_once()
            assert job is not None and job.state is JobState.DONE, job and job.log_tail
        cache = ModelCache(cfg, default_factory)
        try:
            posts = await cache.generate(handle, "My dream is", 2)
        finally:
            await cache.close()
        assert len(posts) == 2 and all(p.startswith("My dream is") for p in posts)

    asyncio.run(scenario())
    folder = model_dir(cfg.data_dir, handle)
    assert (folder / "onnx" / "fp32" / "manifest.json").is_file() and (folder / "stats.json").is_file()
