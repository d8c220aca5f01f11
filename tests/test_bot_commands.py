"""Quick unit tests of the command logic: validation, rendering, admin checks, and mock interactions
driven through the command tree (discord.py's tests/test_app_commands_invoke.py style)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.cache import ModelCache
from bot.cogs.imitate import ImitateInputError, validate_request
from bot.cogs.jobs import describe_job, is_admin
from bot.jobs.store import Job, JobState, SqliteJobStore
from bot.main import EXTENSIONS, ImitateBot
from bot.render import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    label,
    render_posts,
)
from imitate.config import BotConfig
from tests.fakediscord import ADMINISTRATOR, MANAGE_GUILD, FakeDiscord
from tests.fakediscord.helpers import FakeFactory, make_cfg, make_model

AVAILABLE = ["alice", "alicia", "bob", "carol-dave"]


# --- pure functions ------------------------------------------------------------------------------------


def test_validate_request_accepts_and_normalises() -> None:
    cfg = BotConfig()
    request = validate_request(cfg, AVAILABLE, " @Alice ", "  hi  ", None)
    assert (request.name, request.prompt, request.count) == ("alice", "hi", cfg.default_count)
    assert validate_request(cfg, AVAILABLE, "Carol-DAVE", None, 10).name == "carol-dave"


@pytest.mark.parametrize(
    ("handle", "prompt", "count", "message"),
    [
        ("alise", "", 5, "Did you mean `alice`, `alicia`?"),
        ("x" * 16, "", 5, "is not a handle"),
        ("", "", 5, "Give the handle"),
        ("alice", "", 0, "count must be between 1 and 10"),
        ("alice", "", 11, "count must be between 1 and 10"),
        ("alice", "p" * 201, 5, "the limit is 200"),
        ("bob", "", 5, "@bob has opted out"),
        ("carol-bob", "", 5, "has opted out"),
    ],
)
def test_validate_request_errors(handle: str, prompt: str, count: int, message: str) -> None:
    cfg = BotConfig(opt_out=("@Bob",))
    with pytest.raises(ImitateInputError, match=message.replace("?", r"\?").replace("`", ".")):
        validate_request(cfg, AVAILABLE, handle, prompt, count)


def test_opted_out_models_are_never_suggested() -> None:
    with pytest.raises(ImitateInputError) as info:
        validate_request(BotConfig(opt_out=("alicia",)), AVAILABLE, "alicja", "", 5)
    assert "alicia" not in str(info.value).split("Did you mean")[-1]


def test_render_respects_discord_limits_and_labels_every_message() -> None:
    posts = ["word " * 700] * 10 + ["", "**bold** @everyone"]
    replies = render_posts("alice-bob", "p" * 5000, posts)
    assert len(replies) > 1
    for reply in replies:
        assert len(reply.content) <= CONTENT_LIMIT and reply.content == label("alice-bob")
        assert "@alice + @bob" in reply.content and "not a real post" in reply.content
        assert len(reply.embed.description or "") <= DESCRIPTION_LIMIT and len(reply.embed) <= EMBED_TOTAL_LIMIT
    text = "\n".join(r.embed.description or "" for r in replies)
    assert "**12.** \\*\\*bold\\*\\* @everyone" in text and "*(empty)*" in text and "…" in text


def test_is_admin_by_permission_or_role_name() -> None:
    async def scenario() -> None:
        bot = _bot_without_connection(make_cfg(Path("/nonexistent")))
        fake = FakeDiscord()
        bot._connection._add_guild_from_data(fake.guild_payload())  # roles known, as after GUILD_CREATE
        roles = ("moderators",)
        assert is_admin(MockInteraction(bot, "jobs", permissions=MANAGE_GUILD, fake=fake), roles)
        assert is_admin(MockInteraction(bot, "jobs", permissions=ADMINISTRATOR, fake=fake), roles)
        assert is_admin(MockInteraction(bot, "jobs", permissions=0, roles=(fake.admin_role_id,), fake=fake), roles)
        assert not is_admin(MockInteraction(bot, "jobs", permissions=0, roles=(fake.admin_role_id,), fake=fake), ())
        assert not is_admin(MockInteraction(bot, "jobs", permissions=0, fake=fake), roles)
        assert not is_admin(MockInteraction(bot, "jobs", permissions=MANAGE_GUILD, fake=fake, guild=False), roles)

    asyncio.run(scenario())


def test_describe_job() -> None:
    job = Job(4, "alice", JobState.RUNNING, 9, 1, 2, None, 1_700_000_000, None, None, 2, None, None, "w", None, "train")
    text = describe_job(job, 3)
    assert "**#4** @alice — running" in text and "(train, attempt 2/3)" in text and "<t:1700000000:R>" in text
    failed = Job(5, "bob", JobState.FAILED, 9, 1, 2, None, 0, None, None, 1, "train: *boom*", None, None, None, None)
    assert "train: \\*boom\\*" in describe_job(failed, 3)


# --- mock interactions through the command tree ---------------------------------------------------------


class Recorder:
    """Stands in for InteractionResponse and the followup webhook, recording what the command sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self._type: discord.InteractionResponseType | None = None

    def is_done(self) -> bool:
        return self._type is not None

    @property
    def type(self) -> discord.InteractionResponseType | None:
        return self._type

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        self._type = discord.InteractionResponseType.channel_message
        self.sent.append(("send", {"content": content, **kwargs}))

    async def defer(self, **kwargs: Any) -> None:
        self._type = discord.InteractionResponseType.deferred_channel_message
        self.sent.append(("defer", kwargs))

    async def send(self, content: str | None = None, **kwargs: Any) -> None:  # followup.send
        self.sent.append(("followup", {"content": content, **kwargs}))


class MockInteraction(discord.Interaction):
    def __init__(
        self,
        client: discord.Client,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        permissions: int = 0,
        roles: tuple[int, ...] = (),
        fake: FakeDiscord | None = None,
        guild: bool = True,
        user_id: int = 1234,
    ) -> None:
        fake = fake or FakeDiscord()
        data: dict[str, Any] = {
            "id": "1",
            "application_id": "2",
            "type": 2,
            "token": "t",
            "version": 1,
            "attachment_size_limit": 1,
            "channel": {
                "id": str(fake.channel_id),
                "type": 0,
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
            },
            "data": {
                "id": "3",
                "name": command,
                "type": 1,
                "options": [
                    {"name": k, "value": v, "type": 4 if isinstance(v, int) else 3} for k, v in (options or {}).items()
                ],
            },
        }
        user = {"id": str(user_id), "username": "u", "discriminator": "0", "avatar": None}
        if guild:
            data["guild_id"] = str(fake.guild_id)
            data["member"] = {
                "user": user,
                "roles": [str(r) for r in roles],
                "permissions": str(permissions),
                "joined_at": None,
                "deaf": False,
                "mute": False,
                "flags": 0,
            }
        else:
            data["user"] = user
        super().__init__(data=data, state=client._connection)  # type: ignore[arg-type]
        self.recorder = Recorder()

    @property
    def response(self) -> Recorder:  # type: ignore[override]
        return self.recorder

    @property
    def followup(self) -> Recorder:  # type: ignore[override]
        return self.recorder

    async def edit_original_response(self, **kwargs: Any) -> None:  # type: ignore[override]
        self.recorder.sent.append(("edit", kwargs))

    async def delete_original_response(self) -> None:
        self.recorder.sent.append(("delete", {}))


def _bot_without_connection(cfg, factory: FakeFactory | None = None) -> ImitateBot:
    bot = ImitateBot(cfg, SqliteJobStore(cfg.database_path), ModelCache(cfg, factory or FakeFactory()))
    bot._connection.user = discord.ClientUser(state=bot._connection, data=FakeDiscord().bot_user)  # as after login
    return bot


async def _bot_with_cogs(tmp_path: Path, **bot: Any) -> ImitateBot:
    cfg = make_cfg(tmp_path, bot={"run_worker": False, **bot})
    make_model(cfg.data_dir, "alice")
    client = _bot_without_connection(cfg)
    await client.store.open()
    for extension in EXTENSIONS:
        await client.load_extension(extension)
    return client


def test_mock_imitate_defers_and_edits_with_no_mentions(tmp_path: Path) -> None:
    async def scenario() -> list[tuple[str, dict[str, Any]]]:
        bot = await _bot_with_cogs(tmp_path)
        try:
            interaction = MockInteraction(bot, "imitate", {"handle": "alice", "count": 2})
            await bot.tree._call(interaction)
            return interaction.recorder.sent
        finally:
            await bot.close()

    sent = asyncio.run(scenario())
    assert [kind for kind, _ in sent] == ["defer", "edit"]
    edit = sent[1][1]
    assert edit["allowed_mentions"].to_dict() == {"parse": []}
    assert "Machine-generated imitation of @alice" in edit["content"]
    assert edit["embed"].description.count("post") == 2


def test_mock_imitate_unknown_handle_is_ephemeral(tmp_path: Path) -> None:
    async def scenario() -> list[tuple[str, dict[str, Any]]]:
        bot = await _bot_with_cogs(tmp_path)
        try:
            interaction = MockInteraction(bot, "imitate", {"handle": "alicee"})
            await bot.tree._call(interaction)
            return interaction.recorder.sent
        finally:
            await bot.close()

    [(kind, sent)] = asyncio.run(scenario())
    assert kind == "send" and sent["ephemeral"] is True and "Did you mean `alice`" in sent["content"]


def test_mock_admin_commands_are_checked_on_the_server_side(tmp_path: Path) -> None:
    async def scenario() -> tuple[list, list, list, list]:
        bot = await _bot_with_cogs(tmp_path)
        try:
            member = MockInteraction(bot, "retrain", {"handle": "alice"}, permissions=0)
            await bot.tree._call(member)
            dm = MockInteraction(bot, "retrain", {"handle": "alice"}, guild=False)
            await bot.tree._call(dm)
            job, _ = await bot.store.enqueue("alice", 1, 999, 2)  # a job of another server
            other = MockInteraction(bot, "cancel", {"job_id": job.id}, permissions=MANAGE_GUILD)
            await bot.tree._call(other)
            assert (await bot.store.get(job.id)).state is JobState.QUEUED  # type: ignore[union-attr]
            jobs = MockInteraction(bot, "jobs", permissions=0)
            await bot.tree._call(jobs)
            dm_jobs = MockInteraction(bot, "jobs", guild=False)
            await bot.tree._call(dm_jobs)
            assert "only works in a server" in dm_jobs.recorder.sent[0][1]["content"]
            return member.recorder.sent, dm.recorder.sent, other.recorder.sent, jobs.recorder.sent
        finally:
            await bot.close()

    member, dm, other, jobs = asyncio.run(scenario())
    assert member[0][1]["ephemeral"] and "Only server admins" in member[0][1]["content"]
    assert dm[0][1]["ephemeral"] and "only works in a server" in dm[0][1]["content"]
    assert other[0][1]["ephemeral"] and "There is no job #1 in this server" in other[0][1]["content"]
    assert jobs[0][1]["content"] == "No retraining jobs yet."  # only this server's jobs are listed


def test_mock_rollback_swaps_the_previous_model_back_and_again(tmp_path: Path) -> None:
    async def scenario() -> tuple[list, list, list, list, list]:
        bot = await _bot_with_cogs(tmp_path)
        folder = bot.cfg.data_dir / "models" / "alice"
        (folder / "version.txt").write_text("new")
        old = make_model(bot.cfg.data_dir, "alice.previous")
        (old / "version.txt").write_text("old")
        try:
            member = MockInteraction(bot, "rollback", {"handle": "alice"}, permissions=0)
            await bot.tree._call(member)
            assert (folder / "version.txt").read_text() == "new"  # refused: not an admin
            await bot.cache.generate("alice", "", 1)
            assert bot.cache.loaded() == ["alice"]
            first = MockInteraction(bot, "rollback", {"handle": "@Alice"}, permissions=MANAGE_GUILD)
            await bot.tree._call(first)
            assert (folder / "version.txt").read_text() == "old" and (old / "version.txt").read_text() == "new"
            assert bot.cache.loaded() == []  # the old generator is dropped at once
            again = MockInteraction(bot, "rollback", {"handle": "alice"}, permissions=MANAGE_GUILD)
            await bot.tree._call(again)
            assert (folder / "version.txt").read_text() == "new"
            job, _ = await bot.store.enqueue("alice", 1, None, None)
            await bot.store.claim("worker-1")
            busy = MockInteraction(bot, "rollback", {"handle": "alice"}, permissions=MANAGE_GUILD)
            await bot.tree._call(busy)
            assert (folder / "version.txt").read_text() == "new"  # refused while its retrain runs
            assert f"Job **#{job.id}** is retraining @alice right now" in busy.recorder.sent[0][1]["content"]
            make_model(bot.cfg.data_dir, "bob")
            none = MockInteraction(bot, "rollback", {"handle": "bob"}, permissions=MANAGE_GUILD)
            await bot.tree._call(none)
            bad = MockInteraction(bot, "rollback", {"handle": "not a handle"}, permissions=MANAGE_GUILD)
            await bot.tree._call(bad)
            return member.recorder.sent, first.recorder.sent, again.recorder.sent, none.recorder.sent, bad.recorder.sent
        finally:
            await bot.close()

    member, first, again, none, bad = asyncio.run(scenario())
    assert member[0][1]["ephemeral"] and "Only server admins" in member[0][1]["content"]
    assert "@alice is back to its previous model" in first[0][1]["content"]
    assert first[0][1]["allowed_mentions"].to_dict() == {"parse": []}
    assert "back to its previous model" in again[0][1]["content"]
    assert none[0][1]["ephemeral"] and "No earlier model of @bob is kept" in none[0][1]["content"]
    assert bad[0][1]["ephemeral"] and "is not a handle" in bad[0][1]["content"]
