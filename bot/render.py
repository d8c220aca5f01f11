"""Turn generated posts (and errors) into Discord messages that stay within Discord's limits and say what they are.

Limits (https://discord.com/developers/docs/resources/message, .../embed#embed-limits): message content
2,000 characters; embed title 256, description 4,096, field value 1,024, footer 2,048; all embeds of
one message together 6,000. Each post is shown escaped (no markdown tricks), cut to ``MAX_POST_CHARS``,
and the posts are packed into as many messages as needed, each carrying the machine-generated label.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import discord

from imitate.paths import handles_label

CONTENT_LIMIT = 2000
DESCRIPTION_LIMIT = 4096
TITLE_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
MAX_POST_CHARS = 1000
EMBED_COLOUR = 0x1DA1F2

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True)
class Reply:
    content: str
    embed: discord.Embed


def label(name: str, who: str | None = None) -> str:
    """The visible notice carried by every reply; ``who`` names a member by display name."""
    who = who or handles_label(name)
    return f"🤖 **Machine-generated imitation of {who}** (not a real post by {who})"


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _post_line(number: int, post: str) -> str:
    text = discord.utils.escape_markdown(post.strip()) or "*(empty)*"
    return f"**{number}.** {truncate(text, MAX_POST_CHARS)}"


def _embed(who: str, prompt: str, lines: list[str], part: int, parts: int) -> discord.Embed:
    title = f"In the style of {who}" + (f" ({part}/{parts})" if parts > 1 else "")
    embed = discord.Embed(title=truncate(title, TITLE_LIMIT), description="\n\n".join(lines), colour=EMBED_COLOUR)
    if prompt:
        embed.add_field(name="Prompt", value=truncate(discord.utils.escape_markdown(prompt), FIELD_VALUE_LIMIT))
    embed.set_footer(text=truncate(f"Written by a language model imitating {who}. Not real posts.", FOOTER_LIMIT))
    return embed


def render_posts(name: str, prompt: str, posts: list[str], who: str | None = None) -> list[Reply]:
    """One or more replies showing ``posts`` of model ``name`` for ``prompt``, each within Discord's limits.
    ``who`` (a member's display name) replaces the handles in the label, title and footer."""
    who = discord.utils.escape_markdown(who) if who else handles_label(name)
    lines = [_post_line(i, post) for i, post in enumerate(posts, start=1)] or ["*(no posts)*"]
    groups: list[list[str]] = [[]]
    for line in lines:
        size = sum(len(x) + 2 for x in groups[-1]) + len(line)
        if groups[-1] and size > DESCRIPTION_LIMIT:
            groups.append([])
        groups[-1].append(line)
    content = truncate(label(name, who), CONTENT_LIMIT)
    replies = [Reply(content, _embed(who, prompt, group, i, len(groups))) for i, group in enumerate(groups, 1)]
    for reply in replies:
        assert len(reply.embed) <= EMBED_TOTAL_LIMIT, "render_posts must respect the 6,000-character embed limit"
    return replies


async def reply_error(interaction: discord.Interaction, message: str) -> None:
    """A short ephemeral message, whether or not the interaction was already answered or deferred."""
    if not interaction.response.is_done():
        await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        try:
            await interaction.delete_original_response()  # drop the public "thinking..." message
        except discord.HTTPException:
            logger.warning("could not delete the deferred response of interaction %s", interaction.id)
    await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
