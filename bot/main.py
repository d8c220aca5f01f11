"""``imitate bot``: the Discord bot, with the retraining worker running beside it by default.

:class:`ImitateBot` receives its resources (config, job store, model cache) in ``__init__``; ``setup_hook``
opens the store, loads one cog per feature, starts the worker and syncs the slash commands: to each guild
of ``[bot] guilds`` (copied from the global set; instant) or globally (may take a while to show up).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cache import ModelCache
from bot.endpoints import configure_endpoints
from bot.errors import BotConfigError
from bot.jobs.backends import open_store
from bot.jobs.store import Job, JobStore
from bot.jobs.worker import STEPS_MODULE, Worker, run_until_stopped
from bot.progress import post_progress
from bot.render import NO_MENTIONS, reply_error
from imitate.config import Config

logger = logging.getLogger(__name__)

EXTENSIONS = ("bot.cogs.imitate", "bot.cogs.jobs", "bot.cogs.admin", "bot.cogs.members")


class ImitateTree(app_commands.CommandTree):
    """Turns check failures into short ephemeral replies; logs anything unexpected."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down: you can use this command again in {error.retry_after:.0f} s."
        elif isinstance(error, app_commands.NoPrivateMessage):
            message = "This command only works in a server."
        elif isinstance(error, app_commands.CheckFailure):
            message = str(error) or "You are not allowed to use this command."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            logger.error("command /%s failed", command, exc_info=error)
            message = "Something went wrong; the error was logged."
        try:
            await reply_error(interaction, message)
        except discord.HTTPException:
            logger.warning("could not send an error reply for interaction %s", interaction.id)


def bot_intents(cfg: Config) -> discord.Intents:
    """Default intents, plus the privileged Message Content intent when members' messages are collected."""
    intents = discord.Intents.default()
    intents.message_content = cfg.discord.collect
    return intents


INTENT_REFUSED = (
    "Discord refused the Message Content intent that collecting consenting members' messages needs: turn on "
    "'Message Content Intent' in the developer portal (Applications > your app > Bot > Privileged Gateway "
    "Intents), or set [discord] collect = false"
)


TOKEN_REJECTED = "Discord rejected DISCORD_TOKEN (improper token): check it in the developer portal"


class ImitateBot(commands.Bot):
    def __init__(
        self, cfg: Config, store: JobStore, cache: ModelCache, steps_module: str = STEPS_MODULE, **client: Any
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # the owner's "@bot sync" works without message content
            intents=bot_intents(cfg),
            tree_cls=ImitateTree,
            allowed_mentions=NO_MENTIONS,
            owner_ids=set(cfg.bot.owner_ids),
            help_command=None,
            **client,
        )
        self.cfg = cfg
        self.store = store
        self.cache = cache
        self.worker = (
            Worker(cfg, store, notify=self.post_progress, on_published=cache.invalidate, steps_module=steps_module)
            if cfg.bot.run_worker
            else None
        )
        store.subscribe(on_published=cache.invalidate)  # PostgreSQL: a model published on any host
        self._worker_task: asyncio.Task[None] | None = None
        self._shutdown: asyncio.Future[None] | None = None

    async def setup_hook(self) -> None:
        await self.store.open()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.worker is not None:
            self._worker_task = asyncio.create_task(run_until_stopped(self.worker), name="retrain-worker")
        await self.sync_commands()

    async def sync_commands(self) -> str:
        """Sync the slash commands to the configured guilds, or globally; says where."""
        if self.cfg.bot.guilds:
            for guild_id in self.cfg.bot.guilds:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                logger.info("synced %d commands to guild %d", len(synced), guild_id)
            return f"{len(self.cfg.bot.guilds)} guild(s)"
        synced = await self.tree.sync()
        logger.info("synced %d commands globally", len(synced))
        return "all guilds (global)"

    def wake_worker(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    async def post_progress(self, job: Job, text: str) -> int | None:
        return await post_progress(self, job, text)

    async def on_ready(self) -> None:
        logger.info("logged in as %s (%s) in %d guild(s)", self.user, getattr(self.user, "id", "?"), len(self.guilds))

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, (commands.CommandNotFound, commands.NotOwner)):
            return
        logger.error("text command failed", exc_info=error)

    async def close(self) -> None:
        """Stop the worker (its job goes back to the queue), disconnect, close the cache and the store.

        Safe to call more than once and from several tasks (a signal handler and ``async with``)."""
        if self._shutdown is None:
            self._shutdown = asyncio.ensure_future(self._close_all())
        await asyncio.shield(self._shutdown)

    async def _close_all(self) -> None:
        logger.info("shutting down")
        if self._worker_task is not None:
            if self.worker is not None:
                self.worker.request_stop()
            self._worker_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker_task  # kills a running step and puts its job back in the queue
            self._worker_task = None
        await super().close()
        await self.cache.close()
        await self.store.close()
        logger.info("stopped")


class ShardedImitateBot(ImitateBot, commands.AutoShardedBot):
    """The same bot on several gateway shards (discord.py's AutoShardedBot): ``[bot] shards`` > 1.

    ``commands.Bot`` and ``commands.AutoShardedBot`` add nothing of their own to ``BotBase``, so the MRO
    puts ``AutoShardedClient`` before ``Client`` and every ImitateBot method stays as it is."""


def build_bot(
    cfg: Config, store: JobStore, cache: ModelCache, steps_module: str = STEPS_MODULE, shard_count: int = 1
) -> ImitateBot:
    """One shard: ImitateBot. More: ShardedImitateBot running ``[bot] shard_ids`` (empty: all) of them."""
    if shard_count <= 1 and not cfg.bot.shard_ids:
        return ImitateBot(cfg, store, cache, steps_module)
    shard_ids = list(cfg.bot.shard_ids) or None
    if shard_ids and max(shard_ids) >= shard_count:
        raise BotConfigError(f"[bot] shard_ids {shard_ids} do not fit {shard_count} shard(s)")
    logger.info("gateway: %d shard(s), this process runs %s", shard_count, shard_ids or "all")
    return ShardedImitateBot(cfg, store, cache, steps_module, shard_count=shard_count, shard_ids=shard_ids)


async def shard_count(cfg: Config, token: str) -> int:
    """``[bot] shards``: the number, or for ``auto`` what Discord recommends (GET /gateway/bot)."""
    if cfg.bot.shards != "auto":
        return int(cfg.bot.shards)
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login(token)
        count, _url, _limits = await http.get_bot_gateway()
    except discord.LoginFailure:
        raise BotConfigError(TOKEN_REJECTED) from None
    finally:
        await http.close()
    logger.info("gateway: Discord recommends %d shard(s)", count)
    return int(count)


def discord_token() -> str:
    token = os.environ.get("DISCORD_TOKEN", "").strip()
    if not token:
        raise BotConfigError(
            "DISCORD_TOKEN is not set: export the bot token from the Discord developer portal "
            "(Applications > your app > Bot > Reset Token) as DISCORD_TOKEN"
        )
    return token


def run_bot(cfg: Config, steps_module: str = STEPS_MODULE) -> int:
    """Run the bot until SIGINT/SIGTERM; returns the exit code. ``steps_module``: what the worker runs."""
    token = discord_token()
    configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
    return asyncio.run(_bot_main(cfg, token, steps_module))


async def _bot_main(cfg: Config, token: str, steps_module: str) -> int:
    store = open_store(cfg)
    await store.open()  # a damaged or unreachable job database ends here, in one line, before anything connects
    try:
        bot = build_bot(cfg, store, ModelCache(cfg), steps_module, await shard_count(cfg, token))
    except BaseException:
        await store.close()
        raise
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        raise BotConfigError(
            "Discord rejected DISCORD_TOKEN (improper token): check it in the developer portal"
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise BotConfigError(INTENT_REFUSED) from None
    finally:
        await bot.close()  # start() returns as soon as the gateway closes: wait for the whole shutdown
    return 0
