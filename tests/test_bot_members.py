"""Imitating consenting Discord members, through the real bot against the fake Discord: the consent ledger,
collection (MESSAGE_CREATE / UPDATE / DELETE), backfill, /mydata, /forget and /imitate member:."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.endpoints import configure_endpoints, reset_endpoints
from bot.errors import BotConfigError
from bot.fakediscord import FAKE_TOKEN, ChannelOption, UserOption
from bot.jobs.store import ConsentScope, ConsentState, SqliteJobStore
from bot.main import ImitateBot, _bot_main
from imitate.cli import main as cli_main
from imitate.config import Config, replace
from imitate.paths import member_handle, tweets_path
from tests.fakediscord import MANAGE_GUILD, FakeDiscord, Recorded
from tests.fakediscord.helpers import FakeFactory, make_cfg, make_model, running_bot
from trainer.posts import Post, read_posts, save_posts

Scenario = Callable[[FakeDiscord, ImitateBot], Awaitable[None]]
ALICE, BOB, ADMIN = 1_200_000_000_000_000_001, 1_200_000_000_000_000_002, 1_200_000_000_000_000_003
LONG_ENOUGH = "this message is long enough to keep"


def collecting(cfg: Config) -> Config:
    """Collection on (``[discord] collect``, off by default: it needs the privileged intent)."""
    return replace(cfg, discord=replace(cfg.discord, collect=True))


def run(tmp_path: Path, scenario: Scenario, setup: Callable[[FakeDiscord], None] | None = None, **bot: Any) -> None:
    async def main() -> None:
        async with FakeDiscord() as fake:
            if setup is not None:
                setup(fake)
            cfg = collecting(make_cfg(tmp_path, fake, bot={"run_worker": False, **bot}))
            make_model(cfg.data_dir, "alice")
            async with running_bot(cfg, fake, FakeFactory()) as client:
                await scenario(fake, client)

    asyncio.run(main())


async def answer(fake: FakeDiscord, interaction) -> Recorded:
    reply = await fake.reply_to(interaction)
    assert "Traceback" not in reply.text()
    return reply


def text_of(reply: Recorded) -> str:
    data = reply.json or {}
    return (data.get("data") or data).get("content") or ""


async def settle(bot: ImitateBot, events: int) -> None:
    """Wait until the members cog has handled ``events`` message events in all."""
    cog: Any = bot.get_cog("MembersCog")  # loaded as an extension: a fresh module, so no isinstance
    assert cog is not None
    for _ in range(1000):
        if cog.events_handled >= events:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"only {cog.events_handled} of {events} message events handled")


async def allow_channel(fake: FakeDiscord, channel_id: int | None = None) -> None:
    interaction = await fake.interact(
        "collect channel add",
        {"channel": ChannelOption(channel_id or fake.channel_id)},
        user_id=ADMIN,
        permissions=MANAGE_GUILD,
    )
    assert "Collection reads" in text_of(await answer(fake, interaction))


async def consent(fake: FakeDiscord, user_id: int, **options: Any) -> Recorded:
    interaction = await fake.interact("consent give", options, user_id=user_id)
    reply = await answer(fake, interaction)
    assert reply.ephemeral
    return reply


def stored(bot: ImitateBot, user_id: int, fake: FakeDiscord) -> list[Post]:
    path = tweets_path(bot.cfg.data_dir, member_handle(fake.guild_id, user_id))
    return read_posts(path) if path.exists() else []


def all_text(root: Path) -> str:
    chunks = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            chunks.append((Path(dirpath) / name).read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


# --- the ledger -----------------------------------------------------------------------------------------


def test_ledger_keeps_every_change_and_the_latest_wins(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with SqliteJobStore(tmp_path / "jobs.db") as store:
            assert await store.latest_consent(1, ALICE) is None
            await store.record_consent(1, ALICE, ConsentState.GIVEN, ConsentScope.NEW, ALICE)
            await store.record_consent(1, ALICE, ConsentState.REVOKED, ConsentScope.NEW, ALICE)
            await store.record_consent(2, ALICE, ConsentState.GIVEN, ConsentScope.HISTORY, ALICE)
            latest = await store.latest_consent(1, ALICE)
            assert latest is not None and latest.state is ConsentState.REVOKED and not latest.given
            assert [r.state for r in await store.consent_history(ALICE, 1)] == [
                ConsentState.GIVEN,
                ConsentState.REVOKED,
            ]
            assert len(await store.consent_history(ALICE)) == 3 and await store.consent_history(BOB) == []
            assert await store.set_collect_channel(1, 10, True, ADMIN)
            assert not await store.set_collect_channel(1, 10, True, ADMIN)
            assert await store.collect_channels(1) == [10] and await store.collect_channels(2) == []
            assert await store.set_collect_channel(1, 10, False, ADMIN) and await store.collect_channels(1) == []

    asyncio.run(scenario())


def test_an_admin_cannot_consent_for_someone_else(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        synced = {c["name"]: c for c in fake.commands[str(fake.guild_id)]}
        give = next(o for o in synced["consent"]["options"] if o["name"] == "give")
        assert [o["type"] for o in give.get("options", [])] == [5]  # only backfill: no user option at all
        await consent(fake, ADMIN, backfill=False)  # even with Manage Server, it is the admin's own consent
        assert await bot.store.latest_consent(fake.guild_id, ADMIN) is not None
        assert await bot.store.latest_consent(fake.guild_id, ALICE) is None
        assert [r.actor_id for r in await bot.store.consent_history(ADMIN)] == [ADMIN]

    run(tmp_path, scenario)


# --- collection -------------------------------------------------------------------------------------


def test_consent_flow_collects_only_consenting_members_and_revoke_stops_it(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await allow_channel(fake)
        before = await fake.post(fake.channel_id, ALICE, "said before consenting, never stored")
        await settle(bot, 1)
        reply = await consent(fake, ALICE)
        assert "from now on" in text_of(reply) and f"<#{fake.channel_id}>" in text_of(reply)
        kept = await fake.post(fake.channel_id, ALICE, LONG_ENOUGH)
        await fake.post(fake.channel_id, BOB, "bob never consented to any of this")
        await fake.post(fake.channel_id, ALICE, "x" * 4001)
        await fake.post(fake.channel_id, ALICE, "", attachments=2)
        await fake.post(fake.channel_id, ALICE, "a bot cannot consent", bot=True)
        await settle(bot, 6)
        assert [p.text for p in stored(bot, ALICE, fake)] == [LONG_ENOUGH]
        assert stored(bot, ALICE, fake)[0].source == "discord"
        assert not tweets_path(bot.cfg.data_dir, member_handle(fake.guild_id, BOB)).exists()
        cog: Any = bot.get_cog("MembersCog")
        handle = member_handle(fake.guild_id, ALICE)
        assert cog.skipped[(handle, "too_long")] == 1 and cog.skipped[(handle, "attachments_only")] == 1

        await fake.edit(kept, "this message was edited and is still long")
        await fake.edit(before, "an edit of an old message does not add it")
        await settle(bot, 8)
        assert [p.text for p in stored(bot, ALICE, fake)] == ["this message was edited and is still long"]
        await fake.delete(kept)
        await settle(bot, 9)
        assert stored(bot, ALICE, fake) == []

        await fake.post(fake.channel_id, ALICE, "one more message before revoking")
        await settle(bot, 10)
        revoke = await fake.interact("consent revoke", user_id=ALICE)
        text = text_of(await answer(fake, revoke))
        assert "no longer collected" in text and "stay until you run `/forget`" in text and "1 message" in text
        await fake.post(fake.channel_id, ALICE, "said after revoking, never stored")
        await settle(bot, 11)
        assert [p.text for p in stored(bot, ALICE, fake)] == ["one more message before revoking"]
        status = await fake.interact("consent status", user_id=ALICE)
        assert "revoked" in text_of(await answer(fake, status))

    run(tmp_path, scenario)


def test_messages_in_channels_not_allowed_are_not_collected(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await consent(fake, ALICE)
        await fake.post(fake.channel_id, ALICE, "no channel is allowed for collection yet")
        await settle(bot, 1)
        assert stored(bot, ALICE, fake) == []

    run(tmp_path, scenario)


def test_the_bot_says_clearly_when_discord_refuses_the_message_content_intent(tmp_path: Path) -> None:
    async def main() -> None:
        async with FakeDiscord() as fake:
            fake.refuse_privileged = True
            cfg = collecting(make_cfg(tmp_path, fake, bot={"run_worker": False}))
            configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
            try:
                with pytest.raises(BotConfigError, match="Message Content intent.*developer portal"):
                    await asyncio.wait_for(_bot_main(cfg, FAKE_TOKEN, "bot.jobs.steps"), 30)
            finally:
                reset_endpoints()

    asyncio.run(main())


# --- backfill --------------------------------------------------------------------------------------


def test_backfill_pages_through_history_past_a_429_and_names_an_unreadable_channel(tmp_path: Path) -> None:
    channels: dict[str, int] = {}

    def setup(fake: FakeDiscord) -> None:
        channels["secret"] = fake.add_channel("secret", readable=False)
        for i in range(230):  # three pages of history
            author = ALICE if i % 2 else BOB
            fake.chat_message(fake.channel_id, author, f"old message number {i} from the past")
        fake.chat_message(fake.channel_id, ALICE, "y" * 4500)
        fake.rate_limit_history = 1

    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await allow_channel(fake)
        await allow_channel(fake, channels["secret"])
        interaction = await consent(fake, ALICE, backfill=True)
        assert interaction.ephemeral
        done = await fake.wait_for(lambda r: r.method == "PATCH" and "Backfill** done" in r.content, timeout=30)
        assert "stored 115 of yours" in done.content and "read 231 messages" in done.content
        assert "skipped 1 (over 4,000 characters)" in done.content
        assert "cannot read #secret" in done.content
        pages = [r for r in fake.requests if r.method == "GET" and r.path == f"/channels/{fake.channel_id}/messages"]
        assert len(pages) >= 4 and any("before" in r.query for r in pages)  # a 429, then three pages
        assert len(stored(bot, ALICE, fake)) == 115
        assert all("from the past" in p.text for p in stored(bot, ALICE, fake))
        progress = [r for r in fake.requests if r.method == "PATCH" and "Backfill**" in r.content]
        assert len(progress) >= 3  # edited as it goes

    run(tmp_path, scenario, setup)


# --- /mydata -------------------------------------------------------------------------------------------


def test_mydata_sends_only_the_callers_own_data(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await allow_channel(fake)
        await consent(fake, ALICE)
        await consent(fake, BOB)
        await fake.post(fake.channel_id, ALICE, "alice has a secret recipe for bread")
        await fake.post(fake.channel_id, BOB, "bob keeps his own words to himself")
        await settle(bot, 2)
        for user, mine, theirs in ((ALICE, "secret recipe", "own words"), (BOB, "own words", "secret recipe")):
            interaction = await fake.interact("mydata", user_id=user)
            reply = await fake.wait_for(
                lambda r, i=interaction: r.method == "POST" and f"/{i.token}" in r.path and "_files" in (r.json or {})
            )
            assert reply.ephemeral
            (body,) = reply.json["_files"].values()
            data = json.loads(body)
            assert mine in body and theirs not in body
            assert data["user_id"] == str(user) and [r["user_id"] for r in data["ledger"]] == [user]
            assert list(data["messages"]) == [member_handle(fake.guild_id, user)]

    run(tmp_path, scenario)


# --- /forget ---------------------------------------------------------------------------------------


def _plant_models(data_dir: Path, handle: str, text: str) -> None:
    """Models trained on ``handle``: previous version, staging, ONNX variant, originality index, checkpoint,
    a cyborg, a W&B run; each file holds ``text`` so the walk would find any left behind."""
    for name in (handle, f"alice-{handle}"):
        folder = make_model(data_dir, name, onnx=True)
        (folder / "onnx" / "originality.json").write_text(json.dumps([text]), encoding="utf-8")
        make_model(data_dir, f"{name}.previous")
        (data_dir / "models" / f"{name}.previous" / "data.txt").write_text(text, encoding="utf-8")
        staging = data_dir / "models" / ".staging" / f"{name}-job7"
        staging.mkdir(parents=True)
        (staging / "texts.txt").write_text(text, encoding="utf-8")
        candidate = data_dir / "models" / ".candidates" / f"{name}-job8"  # refused by the quality gate
        candidate.mkdir(parents=True)
        (candidate / "texts.txt").write_text(text, encoding="utf-8")
        for checkpoint in (data_dir / "checkpoints" / name, data_dir / "checkpoints" / f"{name}-job7"):
            checkpoint.mkdir(parents=True)
            (checkpoint / "state.json").write_text(text, encoding="utf-8")
    run_dir = data_dir / "wandb" / "offline-run-1"
    run_dir.mkdir(parents=True)
    (run_dir / "config.yaml").write_text(f"handles: [{handle}]\ntexts: {text}\n", encoding="utf-8")
    save_posts(tweets_path(data_dir, "alice"), [Post("1", "", "alice posts about gardens", False, False, "file")])


def test_forget_leaves_no_file_with_the_members_text_or_a_model_of_them(tmp_path: Path) -> None:
    secret = "my very distinctive sourdough starter is named Gerald"

    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        data_dir = bot.cfg.data_dir
        handle = member_handle(fake.guild_id, ALICE)
        await allow_channel(fake)
        await consent(fake, ALICE)
        await fake.post(fake.channel_id, ALICE, secret)
        await settle(bot, 1)
        _plant_models(data_dir, handle, secret)
        job, _ = await bot.store.enqueue(handle, ALICE, fake.guild_id, fake.channel_id)
        assert secret in all_text(data_dir)

        interaction = await fake.interact("forget", user_id=ALICE)
        reply = await fake.wait_for(
            lambda r: r.method == "POST" and f"/{interaction.token}" in r.path and "Done" in r.content, timeout=20
        )
        assert reply.ephemeral and "2 model(s)" in reply.content and "cancelled 1 job" in reply.content
        assert secret not in all_text(data_dir)
        assert not any(handle in str(p) and p.is_dir() for p in data_dir.rglob("*"))
        assert (await bot.store.get(job.id)).state.value == "cancelled"  # type: ignore[union-attr]
        latest = await bot.store.latest_consent(fake.guild_id, ALICE)
        assert latest is not None and not latest.given
        retrain = [j for j in await bot.store.active_jobs() if j.handle == "alice"]
        assert retrain, "the cyborg is retrained without the member"
        again = await fake.interact("imitate", {"member": UserOption(ALICE, "Alice")})
        assert "revoked their consent" in text_of(await answer(fake, again))

    run(tmp_path, scenario)


def test_an_admin_forgets_only_a_member_who_left(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await allow_channel(fake)
        await consent(fake, BOB)
        await fake.post(fake.channel_id, BOB, "bob was here for a while, then left")
        await settle(bot, 1)
        member = await fake.interact("forget", {"member": UserOption(BOB, "Bob")}, user_id=ALICE)
        assert "Only server admins" in text_of(await answer(fake, member))
        present = await fake.interact(
            "forget", {"member": UserOption(BOB, "Bob")}, user_id=ADMIN, permissions=MANAGE_GUILD
        )
        assert "still in this server" in text_of(await answer(fake, present))
        assert stored(bot, BOB, fake)
        left = await fake.interact(
            "forget", {"member": UserOption(BOB, "Bob", in_guild=False)}, user_id=ADMIN, permissions=MANAGE_GUILD
        )
        await fake.wait_for(lambda r: f"/{left.token}" in r.path and "Done" in r.content, timeout=20)
        assert stored(bot, BOB, fake) == []

    run(tmp_path, scenario)


def test_imitate_forget_for_an_x_handle_from_the_shell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    save_posts(tweets_path(data_dir, "carol"), [Post("1", "", "carol writes about trains", False, False, "file")])
    for name in ("carol", "carol.previous", "alice-carol"):
        make_model(data_dir, name)
    assert cli_main(["--data-dir", str(data_dir), "forget", "@Carol"]) == 0
    assert "carol: posts deleted; 2 model(s) deleted" in capsys.readouterr().out
    assert "carol writes about trains" not in all_text(data_dir)
    assert not any("carol" in p.name for p in (data_dir / "models").iterdir())


# --- /imitate member: --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (UserOption(1_300_000_000_000_000_001, "Robo", bot=True), "Robo is a bot"),
        (UserOption(1_300_000_000_000_000_002, "Stranger", in_guild=False), "Stranger is not a member of this server"),
        (UserOption(BOB, "Bob", in_guild=False), "Bob has left this server"),
        (UserOption(ALICE, "Alice"), "Alice has not consented"),
        (UserOption(ADMIN, "Admin"), "no model of them has been trained yet"),
    ],
)
def test_imitate_member_refusals_are_specific_and_ephemeral(tmp_path: Path, option: UserOption, expected: str) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await consent(fake, BOB)
        await consent(fake, ADMIN)
        interaction = await fake.interact("imitate", {"member": option})
        reply = await answer(fake, interaction)
        assert reply.ephemeral and expected in text_of(reply)

    run(tmp_path, scenario)


def test_imitate_member_serves_a_consenting_member_by_display_name_without_pings(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        await consent(fake, ALICE)
        make_model(bot.cfg.data_dir, member_handle(fake.guild_id, ALICE))
        typed = await fake.interact("imitate", {"handle": member_handle(fake.guild_id, ALICE)})
        assert "/imitate member:" in text_of(await answer(fake, typed))  # no way around the consent check
        interaction = await fake.interact("imitate", {"member": UserOption(ALICE, "alice_u", nick="Alice Baker")})
        reply = await answer(fake, interaction)
        assert not reply.ephemeral and reply.json["allowed_mentions"] == {"parse": []}
        assert "Machine-generated imitation of Alice Baker" in reply.content
        await answer(fake, await fake.interact("consent revoke", user_id=ALICE))
        refused = await fake.interact("imitate", {"member": UserOption(ALICE, "alice_u", nick="Alice Baker")})
        assert "revoked their consent" in text_of(await answer(fake, refused))

    run(tmp_path, scenario)


def test_retrain_member_needs_consent_and_stored_messages(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot) -> None:
        admin = {"user_id": ADMIN, "permissions": MANAGE_GUILD}
        refused = await fake.interact("retrain", {"member": UserOption(ALICE, "Alice")}, **admin)
        assert "has not consented" in text_of(await answer(fake, refused))
        typed = await fake.interact("retrain", {"handle": member_handle(fake.guild_id, ALICE)}, **admin)
        assert "/retrain member:" in text_of(await answer(fake, typed))
        await consent(fake, ALICE)
        empty = await fake.interact("retrain-me", user_id=ALICE)
        assert "No messages of" in text_of(await answer(fake, empty))
        await allow_channel(fake)
        await fake.post(fake.channel_id, ALICE, LONG_ENOUGH)
        await settle(bot, 1)
        mine = await fake.interact("retrain-me", user_id=ALICE)
        assert "Queued retraining of" in text_of(await answer(fake, mine))
        assert [j.handle for j in await bot.store.active_jobs()] == [member_handle(fake.guild_id, ALICE)]

    run(tmp_path, scenario)
