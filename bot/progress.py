"""Job progress in Discord: the worker's ``notify`` callback edits one message in the requester's channel.

The job system (:mod:`bot.jobs`) knows nothing of Discord; the bot passes :func:`post_progress` to its
worker, and ``imitate worker`` opens a REST-only client with :func:`discord_notifier` when
``DISCORD_TOKEN`` is set.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator

import discord

from bot.endpoints import configure_endpoints
from bot.jobs.store import Job
from bot.jobs.worker import Notifier, Notify
from bot.render import NO_MENTIONS
from imitate.config import Config

logger = logging.getLogger(__name__)


async def post_progress(client: discord.Client, job: Job, text: str) -> int | None:
    """Edit the job's progress message in its channel, or post one; returns the message id."""
    if job.channel_id is None:
        return None
    channel = client.get_partial_messageable(job.channel_id)
    if job.message_id is not None:
        try:
            await channel.get_partial_message(job.message_id).edit(content=text, allowed_mentions=NO_MENTIONS)
            return job.message_id
        except discord.NotFound:
            pass  # deleted: post a new one
    message = await channel.send(text, allowed_mentions=NO_MENTIONS)
    return message.id


def discord_notifier(cfg: Config) -> Notifier:
    """A notifier for the stand-alone worker: progress through Discord's REST API when ``DISCORD_TOKEN``
    is set (it never connects to the gateway), else ``None`` (progress goes to the log)."""

    @contextlib.asynccontextmanager
    async def notifier() -> AsyncIterator[Notify | None]:
        token = os.environ.get("DISCORD_TOKEN", "").strip()
        if not token:
            logger.info("DISCORD_TOKEN is not set: progress goes to this log only")
            yield None
            return
        configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
        client = discord.Client(intents=discord.Intents.default(), allowed_mentions=NO_MENTIONS)
        try:
            await client.login(token)
            yield lambda job, text: post_progress(client, job, text)
        finally:
            await client.close()

    return notifier
