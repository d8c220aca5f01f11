"""``/retrain handle``, ``/cancel job_id`` and ``/rollback handle`` (admins), ``/jobs`` (everyone): the
retraining queue in Discord.

Admin commands are hidden from members without Manage Server (``default_permissions``) and checked again
here (:func:`is_admin`), because hidden is not forbidden: default permissions can be changed by the
server, and a crafted interaction can name any command.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.imitate import ImitateInputError, has_member, model_name_from_input
from bot.jobs.operator import retrain_refusal
from bot.jobs.store import Job, JobState
from bot.render import NO_MENTIONS, reply_error
from imitate import modelfolder
from imitate.atomic import NoPreviousVersionError
from imitate.locks import LockBusyError
from imitate.modelfolder import model_dir
from imitate.paths import handles_label, member_handle, tweets_path

if TYPE_CHECKING:
    from bot.main import ImitateBot

logger = logging.getLogger(__name__)

RECENT_JOBS = 10
STATE_ICONS = {
    JobState.QUEUED: "⏳",
    JobState.RUNNING: "⚙️",
    JobState.DONE: "✅",
    JobState.FAILED: "❌",
    JobState.CANCELLED: "🛑",
}


class NotAdminError(app_commands.CheckFailure):
    """The user may not run an admin command."""


def is_admin(interaction: discord.Interaction, admin_roles: tuple[str, ...]) -> bool:
    """Manage Server (or Administrator) in this guild, or one of the configured admin role names."""
    if interaction.guild is None:
        return False
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    wanted = {r.lower() for r in admin_roles}
    roles = getattr(interaction.user, "roles", [])
    return any(role.name.lower() in wanted for role in roles)


def _admin_check(interaction: discord.Interaction) -> bool:
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    if not is_admin(interaction, interaction.client.cfg.bot.admin_roles):  # type: ignore[attr-defined]
        roles = interaction.client.cfg.bot.admin_roles  # type: ignore[attr-defined]
        extra = f" or one of the roles {', '.join(roles)}" if roles else ""
        raise NotAdminError(f"Only server admins (Manage Server permission{extra}) can do that.")
    return True


admin_only = app_commands.check(_admin_check)


def describe_job(job: Job, max_attempts: int) -> str:
    icon = STATE_ICONS[job.state]
    parts = [f"{icon} **#{job.id}** {handles_label(job.handle)} — {job.state.value}"]
    if job.state is JobState.RUNNING and job.step:
        parts.append(f"({job.step}, attempt {job.attempts}/{max_attempts})")
    parts.append(f"· asked <t:{int(job.created_at)}:R> by <@{job.requester_id}>")
    if job.state in (JobState.FAILED, JobState.CANCELLED) and job.error:
        parts.append(f"· {discord.utils.escape_markdown(job.error[:150])}")
    return " ".join(parts)


class JobsCog(commands.Cog):
    def __init__(self, bot: ImitateBot) -> None:
        self.bot = bot

    @app_commands.command(name="retrain", description="Retrain a model on the account's latest posts (admins)")
    @app_commands.describe(handle="the account (or accounts joined by '-')", member="a member who consented here")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only
    async def retrain(
        self,
        interaction: discord.Interaction,
        handle: str | None = None,
        member: discord.Member | discord.User | None = None,
    ) -> None:
        if member is not None:
            await self.retrain_member(interaction, member)
            return
        try:
            name = model_name_from_input(handle or "")
        except ImitateInputError as exc:
            await reply_error(interaction, str(exc))
            return
        if has_member(name):
            await reply_error(
                interaction, "Retrain a Discord member with `/retrain member:@someone` (it checks their consent)."
            )
            return
        refusal = retrain_refusal(self.bot.cfg, name)
        if refusal:
            await reply_error(interaction, refusal)
            return
        await self._enqueue(interaction, name, handles_label(name))

    @app_commands.command(name="retrain-me", description="Retrain the model that imitates you, on your stored messages")
    @app_commands.guild_only()
    async def retrain_me(self, interaction: discord.Interaction) -> None:
        await self.retrain_member(interaction, interaction.user)

    async def retrain_member(self, interaction: discord.Interaction, member: discord.Member | discord.User) -> None:
        """Queue a member's model: only while their consent here is given and messages of theirs are stored."""
        assert interaction.guild_id is not None
        name = discord.utils.escape_markdown(member.display_name)
        latest = await self.bot.store.latest_consent(interaction.guild_id, member.id)
        if member.bot or latest is None or not latest.given:
            await reply_error(interaction, f"{name} has not consented to being imitated in this server.")
            return
        model = member_handle(interaction.guild_id, member.id)
        if not tweets_path(self.bot.cfg.data_dir, model).is_file():
            await reply_error(interaction, f"No messages of {name} are stored yet.")
            return
        await self._enqueue(interaction, model, name)

    async def _enqueue(self, interaction: discord.Interaction, name: str, label: str) -> None:
        job, created = await self.bot.store.enqueue(
            name, interaction.user.id, interaction.guild_id, interaction.channel_id
        )
        position = await self.bot.store.queue_position(job.id)
        where = f"position {position} in the queue" if position else job.state.value
        if created:
            self.bot.wake_worker()
            text = f"Queued retraining of {label} as job **#{job.id}** ({where}). Progress will be posted here."
        else:
            text = f"{label} already has job **#{job.id}** ({where})."
        await interaction.response.send_message(text, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="jobs", description="Recent retraining jobs and their states")
    @app_commands.guild_only()
    async def jobs(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:  # guild_only hides it in DMs; never list every server's jobs
            raise app_commands.NoPrivateMessage()
        jobs = await self.bot.store.recent(RECENT_JOBS, guild_id=interaction.guild_id)
        if not jobs:
            await interaction.response.send_message("No retraining jobs yet.", ephemeral=True)
            return
        lines = [describe_job(job, self.bot.cfg.worker.max_attempts) for job in jobs]
        await interaction.response.send_message("\n".join(lines)[:2000], ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="cancel", description="Cancel a queued or running retraining job (admins)")
    @app_commands.describe(job_id="the job number shown by /retrain or /jobs")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only
    async def cancel(self, interaction: discord.Interaction, job_id: app_commands.Range[int, 1]) -> None:
        job = await self.bot.store.get(job_id)
        if job is None or job.guild_id != interaction.guild_id:
            await reply_error(interaction, f"There is no job #{job_id} in this server.")
            return
        if not job.state.active:
            await reply_error(interaction, f"Job #{job_id} is already {job.state.value}.")
            return
        cancelled = await self.bot.store.cancel(
            job_id, reason=f"cancelled by {interaction.user} at {time.strftime('%Y-%m-%d %H:%M')}"
        )
        if cancelled is None:  # it finished in between
            job = await self.bot.store.get(job_id)
            state = job.state.value if job else "gone"
            await reply_error(interaction, f"Job #{job_id} is already {state}.")
            return
        self.bot.wake_worker()
        note = " The worker is stopping it." if job.state is JobState.RUNNING else ""
        await interaction.response.send_message(
            f"Cancelled job **#{job_id}** ({handles_label(job.handle)}).{note}", allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="rollback", description="Put a model's previous version back (admins)")
    @app_commands.describe(handle="the account (or accounts joined by '-'); /rollback again undoes it")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @admin_only
    async def rollback(self, interaction: discord.Interaction, handle: str) -> None:
        try:
            name = model_name_from_input(handle)
        except ImitateInputError as exc:
            await reply_error(interaction, str(exc))
            return
        running = await self.bot.store.running_for(name)
        if running is not None:  # it would publish over the rollback moments later, or race its renames
            await reply_error(
                interaction,
                f"Job **#{running.id}** is retraining {handles_label(name)} right now: "
                f"`/cancel {running.id}` first, or roll back after it finishes.",
            )
            return
        try:
            await asyncio.to_thread(modelfolder.rollback, model_dir(self.bot.cfg.data_dir, name))
        except LockBusyError as exc:
            await reply_error(interaction, f"{handles_label(name)} cannot be rolled back right now: {exc}")
            return
        except NoPreviousVersionError:
            label = handles_label(name)
            await reply_error(interaction, f"No earlier model of {label} is kept: nothing to roll back to.")
            return
        self.bot.cache.invalidate(name)
        logger.info("model %s rolled back by %s (%s)", name, interaction.user, interaction.user.id)
        await interaction.response.send_message(
            f"{handles_label(name)} is back to its previous model. `/rollback` again undoes this.",
            allowed_mentions=NO_MENTIONS,
        )


async def setup(bot: ImitateBot) -> None:
    await bot.add_cog(JobsCog(bot))
