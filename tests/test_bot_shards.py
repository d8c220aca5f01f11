"""A sharded bot against the fake Discord: two bot instances with disjoint ``[bot] shard_ids`` of two
shards, sharing one job store; each guild's interactions reach (and are answered by) the shard that
holds it, (guild_id >> 22) % 2; ``shards = "auto"`` takes GET /gateway/bot's recommendation."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import discord

from bot.endpoints import configure_endpoints, reset_endpoints
from bot.fakediscord import FAKE_TOKEN, MANAGE_GUILD, FakeDiscord, shard_for
from bot.jobs.backends import open_store
from bot.main import ShardedImitateBot, shard_count
from imitate.config import replace
from tests.conftest import write_posts
from tests.fakediscord.helpers import make_cfg, running_bot


def test_two_shards_answer_their_own_guilds_and_share_one_job_store(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with FakeDiscord(shards=2) as fake:
            other = fake.add_guild()
            by_shard = {shard_for(g, 2): g for g in fake.guild_ids}
            assert set(by_shard) == {0, 1}  # one guild on each shard
            base = make_cfg(tmp_path, fake, bot={"guilds": tuple(fake.guild_ids), "run_worker": False, "shards": 2})
            for handle in ("alice", "bob"):
                write_posts(base.data_dir, handle, 5)
            seen: dict[int, list[int]] = {0: [], 1: []}
            async with contextlib.AsyncExitStack() as stack:
                bots = []
                for shard in (0, 1):
                    cfg = replace(base, bot=replace(base.bot, shard_ids=(shard,)))
                    bot = await stack.enter_async_context(running_bot(cfg, fake, wait_guild=by_shard[shard]))
                    assert isinstance(bot, ShardedImitateBot) and bot.shard_ids == [shard]

                    async def record(interaction: discord.Interaction, shard: int = shard) -> None:
                        seen[shard].append(interaction.guild_id or 0)

                    bot.add_listener(record, "on_interaction")
                    bots.append(bot)
                assert bots[0].get_guild(by_shard[1]) is None and bots[1].get_guild(by_shard[0]) is None
                replies = []
                for shard, handle in ((0, "alice"), (1, "bob"), (0, "bob"), (1, "alice")):
                    retrain = await fake.interact(
                        "retrain", {"handle": handle}, permissions=MANAGE_GUILD, guild_id=by_shard[shard]
                    )
                    replies.append((await fake.reply_to(retrain)).json["data"]["content"])
            assert seen == {0: [by_shard[0]] * 2, 1: [by_shard[1]] * 2}
            assert "job **#1**" in replies[0] and "job **#2**" in replies[1]
            assert "already has job **#2**" in replies[2] and "already has job **#1**" in replies[3]
            async with open_store(base) as store:  # type: ignore[attr-defined]
                jobs = {(j.handle, j.guild_id) for j in await store.recent()}
            assert jobs == {("alice", by_shard[0]), ("bob", by_shard[1])}
            assert other in fake.guild_ids

    asyncio.run(scenario())


def test_auto_takes_the_recommended_shard_count(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with FakeDiscord(shards=3) as fake:
            cfg = make_cfg(tmp_path, fake, bot={"shards": "auto"})
            configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
            try:
                assert await shard_count(cfg, FAKE_TOKEN) == 3
                assert await shard_count(replace(cfg, bot=replace(cfg.bot, shards=2)), FAKE_TOKEN) == 2
            finally:
                reset_endpoints()

    asyncio.run(scenario())
