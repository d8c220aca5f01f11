"""The real ImitateBot connected to a fake Discord: slash commands in, REST calls out."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.jobs.store import JobState
from bot.jobs.worker import STEPS_MODULE
from bot.main import ImitateBot
from imitate.paths import tweets_path
from tests.fakediscord import MANAGE_GUILD, FakeDiscord, Recorded
from tests.fakediscord.helpers import FakeFactory, make_cfg, make_model, running_bot

NO_PINGS = {"parse": []}
Scenario = Callable[[FakeDiscord, ImitateBot, FakeFactory], Awaitable[None]]


def run_scenario(
    tmp_path: Path,
    scenario: Scenario,
    *,
    factory: FakeFactory | None = None,
    models: tuple[str, ...] = ("alice", "alicia", "bob"),
    steps_module: str = STEPS_MODULE,
    **bot: Any,
) -> None:
    factory = factory or FakeFactory()

    async def main() -> None:
        async with FakeDiscord() as fake:
            bot.setdefault("run_worker", False)
            cfg = make_cfg(tmp_path, fake, bot=bot)
            for name in models:
                make_model(cfg.data_dir, name)
            async with running_bot(cfg, fake, factory, steps_module=steps_module) as client:
                await scenario(fake, client, factory)

    asyncio.run(main())


async def ephemeral_reply(fake: FakeDiscord, interaction) -> Recorded:
    reply = await fake.reply_to(interaction)
    assert reply.ephemeral, reply
    assert "Traceback" not in reply.text()
    return reply


def test_commands_are_synced_to_the_guild_with_admin_defaults(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        synced = {c["name"]: c for c in fake.commands[str(fake.guild_id)]}
        assert set(synced) == {
            "imitate",
            "retrain",
            "jobs",
            "cancel",
            "rollback",
            "sync",
            "consent",
            "collect",
            "mydata",
            "forget",
            "retrain-me",
        }
        assert "global" not in fake.commands  # guild sync only (instant)
        for name in ("retrain", "cancel", "rollback"):
            assert int(synced[name]["default_member_permissions"]) == MANAGE_GUILD
        assert synced["imitate"]["default_member_permissions"] is None
        options = {o["name"]: o for o in synced["imitate"]["options"]}
        assert options["handle"]["autocomplete"] is True
        assert (options["count"]["min_value"], options["count"]["max_value"]) == (1, 10)
        assert fake.identifies == 1 and any(r.path == "/users/@me" for r in fake.requests)

    run_scenario(tmp_path, scenario)


def test_imitate_defers_then_answers_with_labelled_posts_and_no_pings(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", {"handle": "@Alice", "prompt": "Good morning", "count": 3})
        reply = await fake.reply_to(interaction)
        calls = fake.for_interaction(interaction)
        assert calls[0].path.endswith("/callback") and calls[0].json["type"] == 5  # deferred at once
        assert not calls[0].ephemeral
        assert reply.method == "PATCH" and reply.path.endswith("/messages/@original")
        assert reply.json["allowed_mentions"] == NO_PINGS
        text = reply.text()
        assert "Machine-generated imitation of @alice" in reply.content
        assert "not a real post" in reply.content
        assert "Prompt: Good morning" in text
        assert text.count("Good morning post") == 3 and "@everyone" in text
        assert factory.loaded[0].calls == [("Good morning", 3, None)]

    run_scenario(tmp_path, scenario)


def test_imitate_splits_long_posts_over_messages_within_discord_limits(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", {"handle": "alice", "count": 10})

        def sent() -> list[Recorded]:
            return [r for r in fake.for_interaction(interaction) if "embeds" in (r.json or {})]

        await fake.wait_until(
            lambda: sum(e["description"].count("** ") for r in sent() for e in r.json["embeds"]) >= 10
        )
        assert len(sent()) >= 2
        shown = 0
        for message in sent():
            assert message.json["allowed_mentions"] == NO_PINGS
            assert len(message.json["content"]) <= 2000 and "Machine-generated" in message.json["content"]
            for embed in message.json["embeds"]:
                assert len(embed["description"]) <= 4096
                size = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"])
                assert size + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", [])) <= 6000
                shown += embed["description"].count("** ")
        assert shown == 10

    run_scenario(tmp_path, scenario, factory=FakeFactory(post_chars=2500))


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"handle": "alcie"}, "There is no model for @alcie. Did you mean `alice`"),
        ({"handle": "zzzzzz"}, "There is no model for @zzzzzz."),
        ({"handle": "not a handle!"}, "is not a handle"),
        ({"handle": "alice", "count": 0}, "count must be between 1 and 10, got 0"),
        ({"handle": "alice", "count": 11}, "count must be between 1 and 10, got 11"),
        ({"handle": "alice", "prompt": "x" * 201}, "Your prompt is 201 characters long; the limit is 200"),
        ({"handle": "bob"}, "@bob has opted out"),
    ],
)
def test_imitate_bad_input_gets_a_specific_ephemeral_error(tmp_path: Path, options: dict, expected: str) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", options)
        reply = await ephemeral_reply(fake, interaction)
        assert reply.json["type"] == 4 and expected in reply.json["data"]["content"]
        assert reply.json["data"]["allowed_mentions"] == NO_PINGS
        assert factory.loaded == []  # nothing was generated

    run_scenario(tmp_path, scenario, opt_out=("bob",))


def test_imitate_prompt_over_the_token_limit_replaces_the_thinking_message(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", {"handle": "alice", "prompt": "word " * 35})
        reply = await ephemeral_reply(fake, interaction)
        assert reply.method == "POST" and "Your prompt is too long for this model" in reply.content
        methods = [r.method for r in fake.for_interaction(interaction)]
        assert methods == ["POST", "DELETE", "POST"]  # defer, drop "thinking...", ephemeral followup

    run_scenario(tmp_path, scenario)


def test_imitate_failure_is_logged_not_shown(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", {"handle": "alice"})
        reply = await ephemeral_reply(fake, interaction)
        assert "generating posts failed" in reply.content and "CUDA" not in reply.content

    run_scenario(tmp_path, scenario, factory=FakeFactory(fail=RuntimeError("CUDA out of memory")))
    assert any("CUDA out of memory" in (r.exc_text or "") for r in caplog.records)


def test_imitate_per_user_cooldown(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        first = await fake.interact("imitate", {"handle": "alice"}, user_id=501)
        assert not (await fake.reply_to(first)).ephemeral
        second = await fake.interact("imitate", {"handle": "alice"}, user_id=501)
        reply = await ephemeral_reply(fake, second)
        assert "Slow down" in reply.json["data"]["content"]
        other = await fake.interact("imitate", {"handle": "alice"}, user_id=502)
        assert not (await fake.reply_to(other)).ephemeral

    run_scenario(tmp_path, scenario, cooldown_seconds=60.0)


def test_imitate_autocompletes_models_that_exist(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        interaction = await fake.interact("imitate", {"handle": "al"}, autocomplete="handle")
        reply = await fake.reply_to(interaction)
        assert reply.json["type"] == 8
        assert [c["value"] for c in reply.json["data"]["choices"]] == ["alice", "alicia"]
        interaction = await fake.interact("imitate", {"handle": ""}, autocomplete="handle")
        reply = await fake.reply_to(interaction)
        assert [c["value"] for c in reply.json["data"]["choices"]] == ["alice", "alicia"]  # bob opted out

    run_scenario(tmp_path, scenario, opt_out=("bob",))


def _add_posts(bot: ImitateBot, handle: str) -> None:
    path = tweets_path(bot.cfg.data_dir, handle)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"id": "1", "text": "hello"}) + "\n", encoding="utf-8")


def test_retrain_is_for_admins_only(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        _add_posts(bot, "alice")
        _add_posts(bot, "carol")
        member = await fake.interact("retrain", {"handle": "alice"}, permissions=0)
        reply = await ephemeral_reply(fake, member)
        assert "Only server admins" in reply.json["data"]["content"]
        assert await bot.store.recent() == []

        by_role = await fake.interact("retrain", {"handle": "alice"}, permissions=0, roles=(fake.admin_role_id,))
        reply = await fake.reply_to(by_role)
        assert not reply.ephemeral and "as job **#1** (position 1 in the queue)" in reply.json["data"]["content"]
        again = await fake.interact("retrain", {"handle": "@ALICE"}, permissions=MANAGE_GUILD)
        reply = await fake.reply_to(again)
        assert "already has job **#1** (position 1 in the queue)" in reply.json["data"]["content"]
        second = await fake.interact("retrain", {"handle": "carol"}, permissions=MANAGE_GUILD)
        assert "job **#2** (position 2 in the queue)" in (await fake.reply_to(second)).json["data"]["content"]
        jobs = await bot.store.recent()
        assert [(j.handle, j.state, j.requester_id != 0, j.channel_id) for j in jobs] == [
            ("carol", JobState.QUEUED, True, fake.channel_id),
            ("alice", JobState.QUEUED, True, fake.channel_id),
        ]

        for options, expected in (
            ({"handle": "dave"}, "No posts of @dave on disk"),
            ({"handle": "bob"}, "@bob has opted out"),
            ({"handle": "a-b-c-d"}, "at most 3 accounts"),
        ):
            interaction = await fake.interact("retrain", options, permissions=MANAGE_GUILD)
            assert expected in (await ephemeral_reply(fake, interaction)).json["data"]["content"]

    run_scenario(tmp_path, scenario, opt_out=("bob",), admin_roles=("Moderators",))


def test_jobs_and_cancel(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        empty = await fake.interact("jobs")
        assert "No retraining jobs yet" in (await ephemeral_reply(fake, empty)).json["data"]["content"]
        job, _ = await bot.store.enqueue("alice", 77, fake.guild_id, fake.channel_id)
        listing = await fake.interact("jobs", permissions=0)
        text = (await ephemeral_reply(fake, listing)).json["data"]["content"]
        assert f"#{job.id}" in text and "@alice" in text and "queued" in text

        refused = await fake.interact("cancel", {"job_id": job.id}, permissions=0)
        assert "Only server admins" in (await ephemeral_reply(fake, refused)).json["data"]["content"]
        cancelled = await fake.interact("cancel", {"job_id": job.id}, permissions=MANAGE_GUILD)
        assert f"Cancelled job **#{job.id}**" in (await fake.reply_to(cancelled)).json["data"]["content"]
        assert (await bot.store.get(job.id)).state is JobState.CANCELLED  # type: ignore[union-attr]
        twice = await fake.interact("cancel", {"job_id": job.id}, permissions=MANAGE_GUILD)
        assert "already cancelled" in (await ephemeral_reply(fake, twice)).json["data"]["content"]
        unknown = await fake.interact("cancel", {"job_id": 999}, permissions=MANAGE_GUILD)
        assert "There is no job #999" in (await ephemeral_reply(fake, unknown)).json["data"]["content"]
        listing = await fake.interact("jobs")
        assert "cancelled" in (await ephemeral_reply(fake, listing)).json["data"]["content"]

    run_scenario(tmp_path, scenario)


def test_sync_is_owner_only(tmp_path: Path) -> None:
    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        stranger = await fake.interact("sync", permissions=MANAGE_GUILD)
        assert "Only the bot's owner" in (await ephemeral_reply(fake, stranger)).json["data"]["content"]
        puts = sum(1 for r in fake.requests if r.method == "PUT")
        owner = await fake.interact("sync", user_id=int(fake.owner["id"]))
        reply = await ephemeral_reply(fake, owner)
        assert "Synced application commands to 1 guild(s)" in reply.content
        assert sum(1 for r in fake.requests if r.method == "PUT") == puts + 1

    run_scenario(tmp_path, scenario)


def test_retrain_runs_in_the_bot_and_swaps_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)

    async def scenario(fake: FakeDiscord, bot: ImitateBot, factory: FakeFactory) -> None:
        _add_posts(bot, "alice")
        before = await fake.interact("imitate", {"handle": "alice", "count": 1})
        await fake.reply_to(before)
        retrain = await fake.interact("retrain", {"handle": "alice"}, permissions=MANAGE_GUILD)
        await fake.reply_to(retrain)
        done = await fake.wait_for(lambda r: r.path.startswith("/channels/") and "✅" in r.content, timeout=30)
        assert done.method == "PATCH" and done.json["allowed_mentions"] == NO_PINGS
        progress = [r for r in fake.requests if r.path.startswith(f"/channels/{fake.channel_id}/messages")]
        assert progress[0].method == "POST" and all(r.method == "PATCH" for r in progress[1:])
        assert any("training" in r.content for r in progress)
        job = (await bot.store.recent())[0]
        assert job.state is JobState.DONE and job.message_id is not None
        after = await fake.interact("imitate", {"handle": "alice", "count": 1})
        await fake.reply_to(after)
        assert len(factory.loaded) == 2 and factory.loaded[0].closed  # the new model was swapped in

    run_scenario(tmp_path, scenario, run_worker=True, steps_module="tests.fakediscord.fake_steps")
