"""``/imitate handle|member [prompt] [count]``: posts in the style of a trained model, clearly labelled as such.

``member:@someone`` imitates a Discord member, only while their latest consent in this server is *given*
and a model of them exists; replies name them by display name and never ping. Member models are never
reachable by typing their model name as a handle.
"""

from __future__ import annotations

import asyncio
import difflib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cache import ModelNotFoundError
from bot.render import NO_MENTIONS, render_posts, reply_error
from imitate.config import BotConfig
from imitate.paths import is_member_handle, member_handle, model_handles, parse_model_name

if TYPE_CHECKING:
    from bot.main import ImitateBot

logger = logging.getLogger(__name__)

AUTOCOMPLETE_CHOICES = 25  # Discord's maximum


class ImitateInputError(ValueError):
    """A request that cannot be served; the message is shown to the user (ephemeral)."""


@dataclass(frozen=True)
class ImitateRequest:
    name: str  # model folder name
    prompt: str
    count: int
    who: str | None = None  # a member's display name (replies name them so)


def model_name_from_input(text: str) -> str:
    """``@Alice`` -> ``alice``; ``bob-alice`` (a multi-handle model, any order) -> ``alice-bob``
    (:func:`imitate.paths.parse_model_name`, the rule the CLI and the worker use too)."""
    if not text.strip(" -@"):
        raise ImitateInputError(
            "Give the handle of an account to imitate, e.g. `/imitate handle:dril`, "
            "or a member: `/imitate member:@someone`."
        )
    try:
        return parse_model_name(text)
    except ValueError:
        raise ImitateInputError(
            f"`{discord.utils.escape_markdown(text[:40])}` is not a handle: 1-15 letters, digits or underscores."
        ) from None


def opted_out(cfg: BotConfig, name: str) -> bool:
    return any(h in cfg.opt_out for h in model_handles(name))


def has_member(name: str) -> bool:
    """A model trained on a Discord member: served only through ``member:`` after a consent check."""
    return any(is_member_handle(h) for h in model_handles(name))


def validate_request(
    cfg: BotConfig, available: list[str], handle: str, prompt: str | None, count: int | None
) -> ImitateRequest:
    """Check one /imitate request against the config and the models on disk; raise ImitateInputError."""
    name = model_name_from_input(handle)
    if has_member(name):
        raise ImitateInputError(
            "Discord members are imitated with `/imitate member:@someone`, and only with their consent."
        )
    if opted_out(cfg, name):
        raise ImitateInputError(f"@{name} has opted out of being imitated by this bot.")
    available = [m for m in available if not has_member(m)]
    if name not in available:
        matches = difflib.get_close_matches(name, [m for m in available if not opted_out(cfg, m)], n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(f'`{m}`' for m in matches)}?" if matches else ""
        raise ImitateInputError(f"There is no model for @{name}.{hint}")
    return ImitateRequest(name, *validate_options(cfg, prompt, count))


def validate_options(cfg: BotConfig, prompt: str | None, count: int | None) -> tuple[str, int]:
    """``(prompt, count)`` checked against the config; raises ImitateInputError."""
    count = cfg.default_count if count is None else count
    if not 1 <= count <= cfg.max_count:
        raise ImitateInputError(f"count must be between 1 and {cfg.max_count}, got {count}.")
    prompt = (prompt or "").strip()
    if len(prompt) > cfg.max_prompt_chars:
        raise ImitateInputError(f"Your prompt is {len(prompt)} characters long; the limit is {cfg.max_prompt_chars}.")
    return prompt, count


def _runtime_errors() -> tuple[type[Exception], type[Exception]]:
    """``(PromptTooLongError, GenerationError)`` of export.runtime, imported only when needed (it is heavy)."""
    from export.runtime import GenerationError, PromptTooLongError

    return PromptTooLongError, GenerationError


def _cooldown(interaction: discord.Interaction) -> app_commands.Cooldown | None:
    seconds = interaction.client.cfg.bot.cooldown_seconds  # type: ignore[attr-defined]
    return app_commands.Cooldown(1, seconds) if seconds > 0 else None


class ImitateCog(commands.Cog):
    def __init__(self, bot: ImitateBot) -> None:
        self.bot = bot

    @app_commands.command(name="imitate", description="Machine-generated posts in the style of an account")
    @app_commands.describe(
        handle="the account (a trained model)",
        member="a member of this server who consented (/consent give)",
        prompt="how the posts start (optional)",
        count="how many posts (1-10, default 5)",
    )
    @app_commands.checks.dynamic_cooldown(_cooldown, key=lambda i: i.user.id)
    async def imitate(
        self,
        interaction: discord.Interaction,
        handle: str | None = None,
        prompt: str | None = None,
        count: app_commands.Range[int, 1, 10] | None = None,
        member: discord.Member | discord.User | None = None,
    ) -> None:
        try:
            if member is not None:
                request = await self.member_request(interaction, member, prompt, count)
            else:
                request = validate_request(self.bot.cfg.bot, self.bot.cache.available(), handle or "", prompt, count)
        except ImitateInputError as exc:
            await reply_error(interaction, str(exc))
            return
        await interaction.response.defer(thinking=True)
        try:
            posts = await self.bot.cache.generate(request.name, request.prompt, request.count)
        except asyncio.CancelledError:
            raise
        except ModelNotFoundError:
            await reply_error(
                interaction, f"The model for {request.who or '@' + request.name} is not available right now."
            )
            return
        except Exception as exc:
            await reply_error(interaction, _generation_error_message(request, exc))
            return
        await self._send_posts(interaction, request, posts)

    async def _send_posts(self, interaction: discord.Interaction, request: ImitateRequest, posts: list[str]) -> None:
        replies = render_posts(request.name, request.prompt, posts, who=request.who)
        first, rest = replies[0], replies[1:]
        await interaction.edit_original_response(content=first.content, embed=first.embed, allowed_mentions=NO_MENTIONS)
        for reply in rest:
            await interaction.followup.send(content=reply.content, embed=reply.embed, allowed_mentions=NO_MENTIONS)

    async def member_request(
        self,
        interaction: discord.Interaction,
        member: discord.Member | discord.User,
        prompt: str | None,
        count: int | None,
    ) -> ImitateRequest:
        """The request for ``member:``, or ImitateInputError saying exactly why it cannot be served."""
        name = discord.utils.escape_markdown(member.display_name)
        if interaction.guild_id is None:
            raise ImitateInputError("Members are imitated only inside their server.")
        if member.bot:
            raise ImitateInputError(f"{name} is a bot: bots are never imitated.")
        latest = await self.bot.store.latest_consent(interaction.guild_id, member.id)
        if not isinstance(member, discord.Member):
            if latest is not None:
                raise ImitateInputError(f"{name} has left this server: they are not imitated here any more.")
            raise ImitateInputError(f"{name} is not a member of this server.")
        if latest is None:
            raise ImitateInputError(f"{name} has not consented to being imitated in this server (`/consent give`).")
        if not latest.given:
            raise ImitateInputError(f"{name} revoked their consent: they are not imitated any more.")
        model = member_handle(interaction.guild_id, member.id)
        if model not in self.bot.cache.available():
            raise ImitateInputError(
                f"{name} consented, but no model of them has been trained yet "
                "(an admin runs `/retrain member:`, or they run `/retrain-me`)."
            )
        return ImitateRequest(model, *validate_options(self.bot.cfg.bot, prompt, count), who=member.display_name)

    @imitate.autocomplete("handle")
    async def handle_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.strip().lstrip("@").lower()
        names = [n for n in self.bot.cache.available() if not opted_out(self.bot.cfg.bot, n) and not has_member(n)]
        starts = [n for n in names if n.startswith(typed)]
        contains = [n for n in names if typed in n and n not in starts]
        close = difflib.get_close_matches(typed, names, n=5, cutoff=0.5) if typed else []
        ordered = list(dict.fromkeys(starts + contains + close))[:AUTOCOMPLETE_CHOICES]
        return [app_commands.Choice(name=n, value=n) for n in ordered]


def _generation_error_message(request: ImitateRequest, exc: Exception) -> str:
    too_long, generation_error = _runtime_errors()
    if isinstance(exc, too_long):
        return f"Your prompt is too long for this model: {exc}"
    if isinstance(exc, generation_error):  # a message meant for the user
        return f"Cannot generate posts for @{request.name}: {exc}"
    logger.exception("generation for %s failed", request.name)  # called from the except block
    return "Sorry, generating posts failed. The error was logged; please try again later."


async def setup(bot: ImitateBot) -> None:
    await bot.add_cog(ImitateCog(bot))
