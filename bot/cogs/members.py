"""Imitating consenting Discord members: ``/consent give|revoke|status``, ``/collect channel add|remove|list``
(admins), ``/mydata``, ``/forget``, and the collection of consenting members' own messages.

Nobody is collected or imitated unless they ran ``/consent give`` themselves in that server: the consent
commands take no member option, so nobody (an admin included) can consent for someone else. Every change
is a row of the ledger in the job store. Collection (``on_message`` and the raw edit/delete events) keeps
only messages of members whose latest ledger row in the server says *given*, in channels an admin allowed
(``/collect channel add`` or ``[discord] collect_channels``), from the moment of consent on; a backfill
(``/consent give backfill:true``) reads their past messages there. Revocation stops both at once; the data
stays until ``/forget``. Messages go to the posts store ``tweets/discord-<guild>-<user>.jsonl`` through
:mod:`trainer.posts` (merged by message id; edits update, deletes remove).
"""

from __future__ import annotations

import asyncio
import collections
import io
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.jobs import _admin_check, is_admin
from bot.jobs.forget import forget_handle
from bot.jobs.store import ConsentScope, ConsentState
from bot.render import NO_MENTIONS, reply_error
from imitate.paths import member_handle, member_stores, tweets_path
from trainer.forget import models_of
from trainer.posts import Post, delete_posts, read_posts, save_posts, update_posts

if TYPE_CHECKING:
    from bot.main import ImitateBot

logger = logging.getLogger(__name__)

TOO_LONG = "too_long"
NO_TEXT = "attachments_only"
SKIP_WORDS = {TOO_LONG: "over the length limit", NO_TEXT: "attachments only"}


def skip_reason(content: str, max_chars: int) -> str | None:
    """Why a member's message is not stored: over ``max_chars`` characters, or no text (only attachments)."""
    if not content.strip():
        return NO_TEXT
    if len(content) > max_chars:
        return TOO_LONG
    return None


def to_post(message: discord.Message) -> Post:
    return Post(
        id=str(message.id),
        created_at=message.created_at.isoformat(),
        text=message.content,
        is_retweet=False,
        is_reply=message.reference is not None,
        source="discord",
    )


def who(user: discord.abc.User) -> str:
    """A member's display name, as replies name them (escaped; never a mention)."""
    return discord.utils.escape_markdown(user.display_name)


@dataclass
class BackfillCounts:
    read: int = 0
    stored: int = 0
    skipped: collections.Counter[str] = field(default_factory=collections.Counter)
    unreadable: list[str] = field(default_factory=list)

    def describe(self, max_chars: int) -> str:
        text = f"read {self.read} messages, stored {self.stored} of yours"
        if self.skipped:
            words = {TOO_LONG: f"over {max_chars:,} characters", NO_TEXT: "attachments only"}
            text += "; skipped " + ", ".join(f"{n} ({words[r]})" for r, n in sorted(self.skipped.items()))
        return text


@dataclass
class StoredData:
    """What /mydata sends besides the ledger: the messages per store, the models, skip counts."""

    messages: dict[str, list[dict[str, object]]]
    models: list[str]
    skipped_messages: dict[str, int]


class MembersCog(commands.Cog):
    consent = app_commands.Group(name="consent", description="Whether this bot may imitate you here", guild_only=True)
    collect = app_commands.Group(
        name="collect",
        description="Where the bot may collect consenting members' messages (admins)",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )
    channel = app_commands.Group(name="channel", description="Channels collection may read", parent=collect)

    def __init__(self, bot: ImitateBot) -> None:
        self.bot = bot
        self.skipped: collections.Counter[tuple[str, str]] = collections.Counter()  # (handle, reason) -> count
        self._tasks: set[asyncio.Task[None]] = set()
        self.events_handled = 0  # message events fully handled (tests wait on it)

    async def cog_unload(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    @property
    def cfg(self):
        return self.bot.cfg

    async def allowed_channels(self, guild_id: int) -> list[int]:
        stored = await self.bot.store.collect_channels(guild_id)
        return list(dict.fromkeys([*self.cfg.discord.collect_channels, *stored]))

    async def consents(self, guild_id: int, user_id: int) -> bool:
        latest = await self.bot.store.latest_consent(guild_id, user_id)
        return latest is not None and latest.given

    # --- /consent ---------------------------------------------------------------------------------

    @consent.command(name="give", description="Let this bot learn from your own messages here and imitate you")
    @app_commands.describe(backfill="also read your past messages in the allowed channels")
    async def consent_give(self, interaction: discord.Interaction, backfill: bool = False) -> None:
        assert interaction.guild_id is not None
        scope = ConsentScope.HISTORY if backfill else ConsentScope.NEW
        user = interaction.user  # always the member themselves: there is no option naming anyone else
        await self.bot.store.record_consent(interaction.guild_id, user.id, ConsentState.GIVEN, scope, user.id)
        channels = await self.allowed_channels(interaction.guild_id)
        where = (
            ", ".join(f"<#{c}>" for c in channels) or "no channel yet (an admin adds one with `/collect channel add`)"
        )
        text = (
            f"Thanks, {who(user)}: from now on the bot stores your own messages in {where}, to train a model "
            "that imitates you in this server. Its posts are always labelled as machine generated. "
            "`/consent revoke` stops this at once; `/forget` deletes everything; `/mydata` shows what is stored."
        )
        if not self.cfg.discord.collect:
            text += " (Collection is switched off in this bot's config right now.)"
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        if backfill and self.cfg.discord.collect:
            task = asyncio.create_task(self._backfill(interaction, channels, text))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @consent.command(name="revoke", description="Stop collecting your messages and stop imitating you here")
    async def consent_revoke(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        user = interaction.user
        latest = await self.bot.store.latest_consent(interaction.guild_id, user.id)
        if latest is None or not latest.given:
            await reply_error(interaction, "You have not consented in this server: nothing of yours is collected.")
            return
        await self.bot.store.record_consent(interaction.guild_id, user.id, ConsentState.REVOKED, latest.scope, user.id)
        count = await asyncio.to_thread(self._count, interaction.guild_id, user.id)
        await interaction.response.send_message(
            "Consent revoked: your messages are no longer collected and `/imitate` refuses to imitate you, "
            "from now on. "
            f"The {count} message(s) already stored and any model trained on them stay until you run `/forget`.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @consent.command(name="status", description="Whether you consented here, and what is stored")
    async def consent_status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        latest = await self.bot.store.latest_consent(interaction.guild_id, interaction.user.id)
        count = await asyncio.to_thread(self._count, interaction.guild_id, interaction.user.id)
        if latest is None:
            state = "You have not consented in this server."
        else:
            scope = "with your past messages" if latest.scope is ConsentScope.HISTORY else "from then on"
            state = f"Consent **{latest.state.value}** <t:{int(latest.created_at)}:f> ({scope})."
        await interaction.response.send_message(
            f"{state} Messages stored: {count}. `/mydata` sends you all of it.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    def _count(self, guild_id: int, user_id: int) -> int:
        path = tweets_path(self.cfg.data_dir, member_handle(guild_id, user_id))
        return len(read_posts(path)) if path.exists() else 0

    # --- /collect channel ----------------------------------------------------------------------------

    @channel.command(name="add", description="Let collection read a channel (admins)")
    @app_commands.check(_admin_check)
    async def channel_add(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        added = await self.bot.store.set_collect_channel(interaction.guild_id, channel.id, True, interaction.user.id)
        text = f"Collection reads <#{channel.id}>." if added else f"<#{channel.id}> was already allowed."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @channel.command(name="remove", description="Stop collection in a channel (admins)")
    @app_commands.check(_admin_check)
    async def channel_remove(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        removed = await self.bot.store.set_collect_channel(interaction.guild_id, channel.id, False, interaction.user.id)
        text = f"Collection no longer reads <#{channel.id}>." if removed else f"<#{channel.id}> was not allowed."
        if channel.id in self.cfg.discord.collect_channels:
            text += " It stays allowed by `[discord] collect_channels` in the config."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @channel.command(name="list", description="The channels collection may read")
    async def channel_list(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        channels = await self.allowed_channels(interaction.guild_id)
        text = "Collection reads " + ", ".join(f"<#{c}>" for c in channels) if channels else "No channel is allowed."
        await interaction.response.send_message(text + ".", ephemeral=True, allowed_mentions=NO_MENTIONS)

    # --- collection ------------------------------------------------------------------------------------

    async def _collectable(self, guild_id: int | None, channel_id: int, author: discord.abc.User | None) -> str | None:
        """The member's handle when their message in this channel may be stored now, else None."""
        if not self.cfg.discord.collect or guild_id is None or author is None or author.bot:
            return None
        if channel_id not in await self.allowed_channels(guild_id):
            return None
        if not await self.consents(guild_id, author.id):
            return None
        return member_handle(guild_id, author.id)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        try:
            await self._collect(message)
        finally:
            self.events_handled += 1

    async def _collect(self, message: discord.Message) -> None:
        if message.webhook_id is not None or message.type not in (
            discord.MessageType.default,
            discord.MessageType.reply,
        ):
            return
        handle = await self._collectable(
            message.guild.id if message.guild else None, message.channel.id, message.author
        )
        if handle is None:
            return
        reason = skip_reason(message.content, self.cfg.discord.max_message_chars)
        if reason is not None:
            self.skipped[(handle, reason)] += 1
            logger.info("message %d of %s skipped (%s)", message.id, handle, SKIP_WORDS[reason])
            return
        await asyncio.to_thread(save_posts, tweets_path(self.cfg.data_dir, handle), [to_post(message)])

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        try:
            await self._edit(payload)
        finally:
            self.events_handled += 1

    async def _edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        message = payload.message
        handle = await self._collectable(payload.guild_id, payload.channel_id, message.author)
        if handle is None:
            return
        path = tweets_path(self.cfg.data_dir, handle)
        if skip_reason(message.content, self.cfg.discord.max_message_chars) is not None:
            await asyncio.to_thread(delete_posts, path, [str(message.id)])
        else:
            await asyncio.to_thread(update_posts, path, [to_post(message)])

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        try:
            await self._delete(payload.guild_id, [payload.message_id])
        finally:
            self.events_handled += 1

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        await self._delete(payload.guild_id, list(payload.message_ids))

    async def _delete(self, guild_id: int | None, ids: list[int]) -> None:
        """A deleted message goes from whichever member store of the server holds it (deleting needs no consent)."""
        if guild_id is None:
            return
        for path in member_stores(self.cfg.data_dir, guild_id=guild_id):
            await asyncio.to_thread(delete_posts, path, [str(i) for i in ids])

    # --- backfill --------------------------------------------------------------------------------------

    async def _backfill(self, interaction: discord.Interaction, channels: list[int], intro: str) -> None:
        assert interaction.guild is not None
        user, guild = interaction.user, interaction.guild
        counts = BackfillCounts()
        limit = self.cfg.discord.max_message_chars

        async def progress(note: str) -> None:
            try:
                await interaction.edit_original_response(content=f"{intro}\n\n**Backfill** {note}")
            except discord.HTTPException:
                logger.warning("could not edit the backfill progress of %s", user.id)

        try:
            for channel_id in channels:
                channel = guild.get_channel(channel_id)
                name = f"#{channel.name}" if channel is not None else f"channel {channel_id}"
                if not isinstance(channel, discord.TextChannel | discord.Thread):
                    counts.unreadable.append(name)
                    continue
                await progress(f"reading {name}… ({counts.describe(limit)})")
                try:
                    posts = await self._read_history(channel, user.id, counts, progress)
                except discord.Forbidden:
                    counts.unreadable.append(name)
                    continue
                if not await self.consents(guild.id, user.id):
                    await progress("stopped: you revoked your consent.")
                    return
                if posts:
                    await asyncio.to_thread(
                        save_posts, tweets_path(self.cfg.data_dir, member_handle(guild.id, user.id)), posts
                    )
            note = f"done: {counts.describe(limit)}."
            if counts.unreadable:
                note += (
                    f" The bot cannot read {', '.join(counts.unreadable)} "
                    "(it needs View Channel and Read Message History there)."
                )
            await progress(note)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - a background task: log it, tell the member
            logger.exception("backfill for %s failed", user.id)
            await progress("failed; the error was logged.")

    async def _read_history(
        self, channel: discord.abc.Messageable, user_id: int, counts: BackfillCounts, progress
    ) -> list[Post]:
        posts: list[Post] = []
        every = self.cfg.discord.backfill_progress_every
        async for message in channel.history(
            limit=self.cfg.discord.backfill_max_messages
        ):  # paced by discord.py's rate limiter
            counts.read += 1
            if counts.read % every == 0:
                await progress(f"reading… ({counts.describe(self.cfg.discord.max_message_chars)})")
            if message.author.id != user_id or message.author.bot:
                continue
            reason = skip_reason(message.content, self.cfg.discord.max_message_chars)
            if reason is not None:
                counts.skipped[reason] += 1
                continue
            posts.append(to_post(message))
            counts.stored += 1
        return posts

    # --- /mydata and /forget ---------------------------------------------------------------------------

    @app_commands.command(name="mydata", description="A file of everything this bot stores about you")
    @app_commands.guild_only()
    async def mydata(self, interaction: discord.Interaction) -> None:
        user = interaction.user  # only ever the caller's own data
        await interaction.response.defer(ephemeral=True, thinking=True)
        ledger = [asdict(r) for r in await self.bot.store.consent_history(user.id)]
        data = await asyncio.to_thread(self._stored_about, user.id)
        report = {"user_id": str(user.id), "generated_at": time.time(), "ledger": ledger, **asdict(data)}
        body = json.dumps(report, ensure_ascii=False, indent=2, default=str).encode()
        file = discord.File(io.BytesIO(body), filename=f"mydata-{user.id}.json")
        await interaction.followup.send(
            f"Everything stored about you: {sum(len(m) for m in data.messages.values())} message(s), "
            f"{len(ledger)} ledger row(s), {len(data.models)} model(s).",
            file=file,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    def _stored_about(self, user_id: int) -> StoredData:
        messages: dict[str, list[dict[str, object]]] = {}
        models: list[str] = []
        for path in member_stores(self.cfg.data_dir, user_id=user_id):
            messages[path.stem] = [asdict(p) for p in read_posts(path)]
            models += models_of(self.cfg.data_dir, path.stem)
        skipped = {f"{h} {r}": n for (h, r), n in self.skipped.items() if h.endswith(f"-{user_id}")}
        return StoredData(messages, sorted(set(models)), skipped)

    @app_commands.command(name="forget", description="Delete your stored messages and every model trained on them")
    @app_commands.describe(member="(admins) a member who left this server")
    @app_commands.guild_only()
    async def forget(
        self, interaction: discord.Interaction, member: discord.Member | discord.User | None = None
    ) -> None:
        assert interaction.guild_id is not None
        target = member or interaction.user
        if target.id != interaction.user.id:
            if not is_admin(interaction, self.cfg.bot.admin_roles):
                await reply_error(
                    interaction, "Only server admins can ask to forget someone else, and only a member who left."
                )
                return
            if isinstance(target, discord.Member):
                await reply_error(
                    interaction, f"{who(target)} is still in this server: only they can ask to be forgotten."
                )
                return
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = interaction.guild_id
        latest = await self.bot.store.latest_consent(guild_id, target.id)
        if latest is not None and latest.given:
            await self.bot.store.record_consent(
                guild_id, target.id, ConsentState.REVOKED, latest.scope, interaction.user.id
            )
        outcome = await forget_handle(
            self.cfg,
            self.bot.store,
            member_handle(guild_id, target.id),
            requester_id=interaction.user.id,
            guild_id=guild_id,
            channel_id=interaction.channel_id,
        )
        for name in outcome.files.models:
            self.bot.cache.invalidate(name)
        if outcome.retraining:
            self.bot.wake_worker()
        text = (
            f"Done: {who(target)} is forgotten in this server. Deleted the stored messages, "
            f"{len(outcome.files.models)} model(s) trained on them (with earlier versions, exports and "
            f"checkpoints), and cancelled {len(outcome.cancelled)} job(s)."
        )
        if outcome.retraining:
            text += f" {len(outcome.retraining)} shared model(s) are being retrained without them."
        text += " Consent is revoked; the ledger keeps the dates of consent, no messages."
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: ImitateBot) -> None:
    await bot.add_cog(MembersCog(bot))
