"""A small Discord-compatible server for tests and the load test: REST routes and a gateway websocket.

Point the bot at it with ``[bot] api_base = fake.api_base`` and ``[bot] gateway_url = fake.gateway_url``.
It records every REST request (:attr:`FakeDiscord.requests`), answers the routes discord.py uses for a
slash-command bot, and lets a test push ``INTERACTION_CREATE`` events (:meth:`FakeDiscord.interact`) and
wait for what the bot sent back (:meth:`FakeDiscord.wait_for`).

Routes (under ``/api/v10``): ``GET /gateway``, ``GET /gateway/bot``, ``GET /users/@me``,
``GET /oauth2/applications/@me``, ``PUT /applications/{app}/commands`` and
``PUT /applications/{app}/guilds/{guild}/commands``, ``POST /interactions/{id}/{token}/callback``,
``POST /webhooks/{app}/{token}``, ``GET|PATCH|DELETE /webhooks/{app}/{token}/messages/{@original|id}``,
``POST /channels/{id}/messages``, ``PATCH /channels/{id}/messages/{id}``, ``GET /channels/{id}/messages``
(history, newest first, ``before``/``limit``; a channel added with ``readable=False`` answers 403, and
:attr:`FakeDiscord.rate_limit_history` 429s come first). Anything else gets a 404 and is recorded too.
Multipart bodies (files) are read: ``payload_json`` becomes the recorded JSON and each file's text is
under ``"_files"``. Gateway (``/gateway``, JSON text frames, no compression): HELLO, IDENTIFY -> READY
and GUILD_CREATE (or close code 4014 when :attr:`FakeDiscord.refuse_privileged` and the bot asked for a
privileged intent), HEARTBEAT -> HEARTBEAT_ACK (arrival times kept in :attr:`FakeDiscord.heartbeats`).
Members' chat is pushed with :meth:`FakeDiscord.post` / :meth:`edit` / :meth:`delete` (MESSAGE_CREATE,
MESSAGE_UPDATE, MESSAGE_DELETE); slash-command options may be users (:class:`UserOption`) or channels
(:class:`ChannelOption`), and ``"consent give"`` names a subcommand.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

from bot.cache import GeneratorFactory, ModelCache
from bot.endpoints import configure_endpoints, reset_endpoints
from bot.jobs.backends import open_store
from bot.jobs.worker import STEPS_MODULE
from bot.main import ImitateBot, build_bot
from imitate.config import Config

FAKE_TOKEN = "fake-discord-token-0123456789"

API = "/api/v10"
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
SEND_MESSAGES = 1 << 11
OPTION_TYPES = {str: 3, int: 4, bool: 5, float: 10}
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
HISTORY_PAGE_MAX = 100


@dataclass(frozen=True)
class UserOption:
    """A user-typed option: ``in_guild`` False for someone who left (or never joined) this server."""

    user_id: int
    name: str = "someone"
    bot: bool = False
    in_guild: bool = True
    nick: str | None = None


@dataclass(frozen=True)
class ChannelOption:
    channel_id: int


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    at: float = field(default_factory=time.monotonic)

    @property
    def content(self) -> str:
        return (self.json or {}).get("content") or ""

    @property
    def flags(self) -> int:
        data = self.json or {}
        return int((data.get("data") or data).get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    def text(self) -> str:
        """Content plus every embed's title, description, fields and footer: what a user reads."""
        data = self.json or {}
        data = data.get("data") or data
        parts = [data.get("content") or ""]
        for embed in data.get("embeds") or []:
            parts += [embed.get("title", ""), embed.get("description", "")]
            parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields", [])]
            parts.append((embed.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)


@dataclass
class Interaction:
    id: int
    token: str
    payload: dict[str, Any]
    sent_at: float = field(default_factory=time.monotonic)


async def _read_multipart(request: web.Request) -> dict[str, Any]:
    """``payload_json`` as the body, each file's text (UTF-8, replaced) under ``"_files"`` by file name."""
    body: dict[str, Any] = {"_files": {}}
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        data = await part.read()
        if part.name == "payload_json":
            body.update(json.loads(data))
        elif part.filename:
            body["_files"][part.filename] = data.decode("utf-8", "replace")
    return body


def shard_for(guild_id: int, shard_count: int) -> int:
    """Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count."""
    return (guild_id >> 22) % shard_count


def _json(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py compares the header verbatim (aiohttp would add a charset)
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


class FakeDiscord:
    def __init__(self, *, heartbeat_interval_ms: int = 41250, admin_role: str = "Moderators", shards: int = 1) -> None:
        self._ids = itertools.count(1_100_000_000_000_000_000)
        self.app_id = self.new_id()
        self.bot_user = self._user(self.app_id, "imitate-bot", bot=True)
        self.owner = self._user(self.new_id(), "owner")
        self.guild_id = self.new_id()
        self.channel_id = self.new_id()
        self.admin_role_id = self.new_id()
        self.admin_role = admin_role
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.requests: list[Recorded] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> synced commands
        self.heartbeats: list[float] = []
        self.identifies = 0
        self.refuse_privileged = False  # close with 4014 when IDENTIFY asks for a privileged intent
        self.rate_limit_history = 0  # how many history requests get a 429 before being answered
        self.channels: dict[int, dict[str, Any]] = {self.channel_id: {"name": "general", "readable": True}}
        self.history: dict[int, list[dict[str, Any]]] = {}  # channel id -> members' messages, oldest first
        self._sockets: list[web.WebSocketResponse] = []
        self.shards = shards  # what GET /gateway/bot recommends
        self.extra_guilds: dict[int, int] = {}  # guild id -> its one channel (add_guild)
        self._shard_of_socket: dict[web.WebSocketResponse, tuple[int, int]] = {}  # from IDENTIFY's "shard"
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- life cycle -----------------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def new_id(self) -> int:
        return next(self._ids)

    # --- what the bot sent -------------------------------------------------------------------------

    async def _record(self, item: Recorded) -> None:
        self.requests.append(item)
        async with self._changed:
            self._changed.notify_all()

    # ASYNC109: timeout= is this test double's public API (like discord.py's Client.wait_for); callers rely on it
    async def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 10.0) -> Recorded:  # noqa: ASYNC109
        """The first recorded request matching ``predicate``, waiting for it if needed."""

        async def find() -> Recorded:
            async with self._changed:
                while True:
                    for item in self.requests:
                        if predicate(item):
                            return item
                    await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    # ASYNC109: timeout= is this test double's public API (like discord.py's Client.wait_for); callers rely on it
    async def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:  # noqa: ASYNC109
        async def check() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        await asyncio.wait_for(check(), timeout)

    def for_interaction(self, interaction: Interaction) -> list[Recorded]:
        """The callback and followup/webhook requests the bot made for ``interaction``."""
        token = interaction.token
        return [r for r in self.requests if f"/{token}/" in r.path + "/" or r.path.endswith(f"/{token}")]

    # ASYNC109: timeout= is this test double's public API (like discord.py's Client.wait_for); callers rely on it
    async def reply_to(self, interaction: Interaction, timeout: float = 10.0, final: bool = True) -> Recorded:  # noqa: ASYNC109
        """The bot's visible answer: an immediate message (callback type 4), or the edit/followup after a defer."""

        def answered(r: Recorded) -> bool:
            if f"/{interaction.token}" not in r.path:
                return False
            if r.path.endswith("/callback"):
                return (r.json or {}).get("type") in (4, 8) or not final
            return r.method in ("PATCH", "POST")

        return await self.wait_for(answered, timeout)

    # --- gateway -----------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self._sockets.append(ws)
        try:
            await ws.send_json(
                {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None, "t": None}
            )
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    self.heartbeats.append(time.monotonic())
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    if self.refuse_privileged and int(data["d"].get("intents", 0)) & PRIVILEGED_INTENTS:
                        await ws.close(code=4014, message=b"Disallowed intent(s).")
                        break
                    self.identifies += 1
                    shard_id, count = data["d"].get("shard") or (0, 1)
                    self._shard_of_socket[ws] = (int(shard_id), int(count))
                    guilds = [g for g in self.guild_ids if shard_for(g, int(count)) == int(shard_id)]
                    await self._dispatch(ws, "READY", self._ready(guilds, [int(shard_id), int(count)]))
                    for guild_id in guilds:
                        await self._dispatch(ws, "GUILD_CREATE", self.guild_payload(guild_id))
                    async with self._changed:
                        self._changed.notify_all()
        finally:
            self._sockets.remove(ws)
            self._shard_of_socket.pop(ws, None)
        return ws

    @property
    def guild_ids(self) -> list[int]:
        return [self.guild_id, *self.extra_guilds]

    def add_guild(self) -> int:
        """Another guild (before the bot connects), on the next shard: guild ``k`` is on shard ``k % shards``."""
        guild_id = self.guild_id + ((len(self.extra_guilds) + 1) << 22)
        self.extra_guilds[guild_id] = self.new_id()
        return guild_id

    def channel_of(self, guild_id: int) -> int:
        return self.extra_guilds.get(guild_id, self.channel_id)

    def socket_for(self, guild_id: int) -> web.WebSocketResponse:
        """The connection of the shard that holds ``guild_id``: (guild_id >> 22) % shard count."""
        for ws, (shard_id, count) in self._shard_of_socket.items():
            if shard_for(guild_id, count) == shard_id:
                return ws
        raise RuntimeError(f"no connected shard holds guild {guild_id}")

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    # ASYNC109: timeout= is this test double's public API (like discord.py's Client.wait_for); callers rely on it
    async def wait_identified(self, count: int = 1, timeout: float = 15.0) -> None:  # noqa: ASYNC109
        await self.wait_until(lambda: self.identifies >= count and bool(self._sockets), timeout)

    def _ready(self, guilds: list[int], shard: list[int]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
            "session_id": f"session-{self.new_id()}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "shard": shard,
        }

    def guild_payload(self, guild_id: int | None = None) -> dict[str, Any]:
        def role(role_id: int, name: str, position: int, permissions: int = 0) -> dict[str, Any]:
            return {
                "id": str(role_id),
                "name": name,
                "permissions": str(permissions),
                "position": position,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }

        gid = guild_id or self.guild_id
        channels = self.channels if gid == self.guild_id else {self.extra_guilds[gid]: {"name": "general"}}
        return {
            "id": str(gid),
            "name": "Fake Guild",
            "icon": None,
            "owner_id": self.owner["id"],
            "roles": [role(gid, "@everyone", 0, SEND_MESSAGES), role(self.admin_role_id, self.admin_role, 1)],
            "channels": [
                {
                    "id": str(cid),
                    "type": 0,
                    "name": info["name"],
                    "position": i,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                    "guild_id": str(gid),
                }
                for i, (cid, info) in enumerate(channels.items())
            ],
            "members": [],
            "member_count": 3,
            "emojis": [],
            "stickers": [],
            "features": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "unavailable": False,
            "large": False,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
        }

    # --- interactions ------------------------------------------------------------------------------

    def _user(self, user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
        return {
            "id": str(user_id),
            "username": name,
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": bot,
        }

    def command_id(self, name: str) -> int:
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name:
                    return int(command["id"])
        return self.new_id()

    async def interact(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int | None = None,
        permissions: int = SEND_MESSAGES,
        roles: tuple[int, ...] = (),
        autocomplete: str | None = None,
        guild_id: int | None = None,
    ) -> Interaction:
        """Push an application command (or, with ``autocomplete=option``, an autocomplete) interaction."""
        interaction_id = self.new_id()
        token = f"token-{interaction_id}"
        gid = guild_id or self.guild_id
        channel_id = self.channel_of(gid)
        resolved: dict[str, dict[str, Any]] = {}
        opts = []
        for name, value in (options or {}).items():
            option = {"name": name, "type": OPTION_TYPES.get(type(value), 3), "value": value}
            if isinstance(value, UserOption):
                option.update(type=6, value=str(value.user_id))
                self._resolve_user(resolved, value)
            elif isinstance(value, ChannelOption):
                option.update(type=7, value=str(value.channel_id))
                resolved.setdefault("channels", {})[str(value.channel_id)] = self._channel(value.channel_id)
            if name == autocomplete:
                option["focused"] = True
            opts.append(option)
        command, *subcommands = command.split()
        for depth, sub in reversed(list(enumerate(subcommands))):  # "collect channel add": group, then subcommand
            kind = 1 if depth == len(subcommands) - 1 else 2
            opts = [{"name": sub, "type": kind, "options": opts}]
        user = self._user(user_id or self.new_id(), f"user{user_id or 0}")
        guild_commands = self.commands.get(str(gid), [])
        data: dict[str, Any] = {"id": str(self.command_id(command)), "name": command, "type": 1, "options": opts}
        if resolved:
            data["resolved"] = resolved
        if any(c["name"] == command for c in guild_commands):
            data["guild_id"] = str(gid)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": 4 if autocomplete else 2,
            "token": token,
            "version": 1,
            "guild_id": str(gid),
            "channel_id": str(channel_id),
            "channel": {
                "id": str(channel_id),
                "type": 0,
                "guild_id": str(gid),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": {
                "user": user,
                "roles": [str(r) for r in roles],
                "permissions": str(permissions),
                "joined_at": "2024-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
            },
            "data": data,
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": str(SEND_MESSAGES),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(gid)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if not self._sockets:
            raise RuntimeError("no bot is connected to the fake gateway")
        interaction = Interaction(interaction_id, token, payload)
        ws = self.socket_for(gid) if self._shard_of_socket else self._sockets[-1]
        await self._dispatch(ws, "INTERACTION_CREATE", payload)
        return interaction

    def _resolve_user(self, resolved: dict[str, dict[str, Any]], option: UserOption) -> None:
        user = self._user(option.user_id, option.name, bot=option.bot)
        resolved.setdefault("users", {})[str(option.user_id)] = user
        if option.in_guild:
            resolved.setdefault("members", {})[str(option.user_id)] = {
                "roles": [],
                "nick": option.nick,
                "joined_at": "2024-01-01T00:00:00+00:00",
                "permissions": str(SEND_MESSAGES),
                "deaf": False,
                "mute": False,
                "flags": 0,
            }

    def _channel(self, channel_id: int) -> dict[str, Any]:
        info = self.channels.get(channel_id, {"name": f"channel-{channel_id}"})
        return {
            "id": str(channel_id),
            "type": 0,
            "name": info["name"],
            "guild_id": str(self.guild_id),
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "permissions": str(SEND_MESSAGES),
        }

    def add_channel(self, name: str, *, readable: bool = True) -> int:
        """A text channel in the guild (before the bot connects); ``readable`` False: history answers 403."""
        channel_id = self.new_id()
        self.channels[channel_id] = {"name": name, "readable": readable}
        return channel_id

    # --- members' chat (gateway events) ------------------------------------------------------------

    def chat_message(
        self,
        channel_id: int,
        author_id: int,
        content: str,
        *,
        bot: bool = False,
        attachments: int = 0,
        name: str | None = None,
    ) -> dict[str, Any]:
        """A member's message as Discord sends it, kept in the channel's history (not dispatched)."""
        message_id = self.new_id()
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "guild_id": str(self.guild_id),
            "author": self._user(author_id, name or f"user{author_id}", bot=bot),
            "member": {"roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False, "flags": 0},
            "content": content,
            "timestamp": "2024-01-02T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {
                    "id": str(self.new_id()),
                    "filename": f"photo{i}.png",
                    "size": 10,
                    "url": "http://x/a.png",
                    "proxy_url": "http://x/a.png",
                }
                for i in range(attachments)
            ],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        self.history.setdefault(channel_id, []).append(message)
        return message

    async def post(self, channel_id: int, author_id: int, content: str, **kwargs: Any) -> int:
        """MESSAGE_CREATE of a new message; returns its id."""
        message = self.chat_message(channel_id, author_id, content, **kwargs)
        await self._dispatch(self._sockets[-1], "MESSAGE_CREATE", message)
        return int(message["id"])

    def _find(self, message_id: int) -> dict[str, Any]:
        for messages in self.history.values():
            for message in messages:
                if int(message["id"]) == message_id:
                    return message
        raise KeyError(message_id)

    async def edit(self, message_id: int, content: str) -> None:
        """MESSAGE_UPDATE with the whole edited message."""
        message = self._find(message_id)
        message.update(content=content, edited_timestamp="2024-01-03T00:00:00+00:00")
        await self._dispatch(self._sockets[-1], "MESSAGE_UPDATE", message)

    async def delete(self, message_id: int) -> None:
        """MESSAGE_DELETE (ids only, as Discord sends it)."""
        message = self._find(message_id)
        self.history[int(message["channel_id"])].remove(message)
        await self._dispatch(
            self._sockets[-1],
            "MESSAGE_DELETE",
            {
                "id": message["id"],
                "channel_id": message["channel_id"],
                "guild_id": str(self.guild_id),
            },
        )

    def _history(self, channel_id: int, query: dict[str, str]) -> web.StreamResponse:
        if self.rate_limit_history > 0:
            self.rate_limit_history -= 1
            return web.Response(
                body=json.dumps(
                    {"message": "You are being rate limited.", "retry_after": 0.05, "global": False}
                ).encode(),
                status=429,
                headers={
                    "Content-Type": "application/json",
                    "Via": "1.1 google",
                    "Retry-After": "1",
                    "X-RateLimit-Scope": "user",
                },
            )
        if not self.channels.get(channel_id, {}).get("readable", True):
            return _json({"message": "Missing Access", "code": 50001}, status=403)
        limit = min(int(query.get("limit", 50)), HISTORY_PAGE_MAX)
        newest_first = list(reversed(self.history.get(channel_id, [])))
        if "before" in query:
            newest_first = [m for m in newest_first if int(m["id"]) < int(query["before"])]
        return _json(newest_first[:limit])

    # --- REST --------------------------------------------------------------------------------------

    def _message(self, channel_id: int, body: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        message_id = message_id or self.new_id()
        old = self.messages.get(message_id, {})
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": self.bot_user,
            "content": body.get("content", old.get("content", "")),
            "embeds": body.get("embeds", old.get("embeds", [])),
            "attachments": [],
            "timestamp": "2024-01-01T00:00:00+00:00",
            "edited_timestamp": "2024-01-01T00:00:01+00:00" if old else None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags", 0),
            "components": [],
        }
        self.messages[message_id] = message
        return message

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body and not request.content_type.startswith("multipart/"):
            raw = await request.read()
            if request.content_type == "application/json" and raw:
                body = json.loads(raw)
        elif request.content_type.startswith("multipart/"):
            body = await _read_multipart(request)
        await self._record(Recorded(request.method, path, dict(request.query), body))
        parts = path.strip("/").split("/")
        try:
            if request.method == "GET" and parts[0] == "channels" and parts[2:] == ["messages"]:
                return self._history(int(parts[1]), dict(request.query))
            return self._route(request.method, parts, body or {})
        except (KeyError, ValueError, IndexError):
            return _json({"message": "Unknown", "code": 0}, status=404)

    def _route(self, method: str, parts: list[str], body: Any) -> web.StreamResponse:
        """``body`` is the request's JSON: an object, or a list of commands for PUT .../commands."""
        if method == "GET" and parts in (["gateway"], ["gateway", "bot"]):
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": self.shards,
                    "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
                }
            )
        if method == "GET" and parts == ["users", "@me"]:
            return _json(self.bot_user)
        if method == "GET" and parts == ["oauth2", "applications", "@me"]:
            return _json(
                {
                    "id": str(self.app_id),
                    "name": "imitate",
                    "icon": None,
                    "description": "",
                    "rpc_origins": [],
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": self.owner,
                    "summary": "",
                    "verify_key": "0" * 64,
                    "team": None,
                    "flags": 0,
                }
            )
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            scope = parts[3] if len(parts) == 5 else "global"
            synced = [
                {
                    **c,
                    "id": str(self.new_id()),
                    "application_id": str(self.app_id),
                    "version": "1",
                    "description": c.get("description", ""),
                    **({"guild_id": scope} if scope != "global" else {}),
                }
                for c in body or []
            ]
            self.commands[scope] = synced
            return _json(synced)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(int(parts[1]), body)
        if parts[0] == "webhooks":
            return self._webhook(method, parts, body)
        if parts[0] == "channels" and parts[2:3] == ["messages"]:
            channel_id = int(parts[1])
            if method == "POST" and len(parts) == 3:
                return _json(self._message(channel_id, body))
            if method == "PATCH" and len(parts) == 4:
                message_id = int(parts[3])
                if message_id not in self.messages:
                    raise KeyError(message_id)
                return _json(self._message(channel_id, body, message_id))
        raise KeyError(parts)

    def _callback(self, interaction_id: int, body: dict[str, Any]) -> web.StreamResponse:
        kind = body.get("type")
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        response: dict[str, Any] = {
            "interaction": {
                "id": str(interaction_id),
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            },
            "resource": {"type": kind},
        }
        if kind == 4:
            message = self._message(self.channel_id, data)
            response["interaction"]["response_message_id"] = message["id"]
            response["resource"]["message"] = message
        return _json(response)

    def _webhook(self, method: str, parts: list[str], body: dict[str, Any]) -> web.StreamResponse:
        # /webhooks/{app}/{token}[/messages/{@original|id}]
        if len(parts) == 3 and method == "POST":
            return _json(self._message(self.channel_id, body))
        if len(parts) == 5 and parts[3] == "messages":
            if method == "DELETE":
                return web.Response(status=204)
            key = parts[4]
            message_id = self._original_id(parts[2]) if key == "@original" else int(key)
            return _json(self._message(self.channel_id, body if method == "PATCH" else {}, message_id))
        raise KeyError(parts)

    def _original_id(self, token: str) -> int:
        # a stable id per interaction token for its original response
        return 10_000 + abs(hash(token)) % 10**9


# --- the real bot against the fake -------------------------------------------------------------------


@contextlib.asynccontextmanager
async def running_bot(
    cfg: Config,
    fake: FakeDiscord,
    factory: GeneratorFactory | None = None,
    # ASYNC109: bounds the start-up only; a caller's asyncio.timeout would also cut the block's body short
    timeout: float = 15.0,  # noqa: ASYNC109
    steps_module: str = STEPS_MODULE,
    wait_guild: int | None = None,
) -> AsyncIterator[ImitateBot]:
    """The real ImitateBot (with ``factory``'s generators), connected to ``fake``, until the block ends."""
    configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
    cache = ModelCache(cfg, factory) if factory is not None else ModelCache(cfg)
    shards = cfg.bot.shards if isinstance(cfg.bot.shards, int) else fake.shards
    bot = build_bot(cfg, open_store(cfg), cache, steps_module, shards)
    task: asyncio.Task[None] | None = None
    try:
        await bot.login(FAKE_TOKEN)  # runs setup_hook: store, cogs, worker, command sync
        task = asyncio.create_task(bot.connect())
        # discord.py dispatches "ready" guild_ready_timeout (2 s) after the last GUILD_CREATE; interactions
        # are handled as soon as the guild is known, so wait for that instead.
        deadline = asyncio.get_running_loop().time() + timeout
        while bot.get_guild(wait_guild or fake.guild_id) is None:
            if task.done():
                task.result()  # raises the start-up error
                raise RuntimeError("the bot stopped during start-up")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the bot did not connect to the fake gateway")
            await asyncio.sleep(0.01)
        yield bot
    finally:
        await bot.close()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        reset_endpoints()
