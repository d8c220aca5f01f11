"""Owner-only re-sync of the application commands: ``@bot sync`` (text) or ``/sync`` (slash).

Commands are synced once at start-up; after adding or changing a command, the owner (``[bot] owner_ids``,
else the application's owner) re-syncs without a restart. Both are checked against the owner list on the
server side; ``/sync`` is also hidden from non-administrators.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

if TYPE_CHECKING:
    from bot.main import ImitateBot

logger = logging.getLogger(__name__)


class NotOwnerError(app_commands.CheckFailure):
    """Only the bot's owners may do that."""


async def _owner_check(interaction: discord.Interaction) -> bool:
    if not await interaction.client.is_owner(interaction.user):  # type: ignore[attr-defined]
        raise NotOwnerError("Only the bot's owner can re-sync commands.")
    return True


class AdminCog(commands.Cog):
    def __init__(self, bot: ImitateBot) -> None:
        self.bot = bot

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync_text(self, ctx: commands.Context) -> None:
        where = await self.bot.sync_commands()
        await ctx.reply(f"Synced application commands to {where}.", allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="sync", description="Re-sync the bot's slash commands (bot owner)")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(_owner_check)
    async def sync_slash(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        where = await self.bot.sync_commands()
        await interaction.followup.send(f"Synced application commands to {where}.", ephemeral=True)


async def setup(bot: ImitateBot) -> None:
    await bot.add_cog(AdminCog(bot))
