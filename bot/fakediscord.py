"""A small Discord-compatible server for tests and the load test: REST routes and a gateway websocket.

Point the bot at it with ``[bot] api_base = fake.api_base`` and ``[bot] gateway_url = fake.gateway_url``.
It records every REST request (:attr:`FakeDiscord.requests`), answers the routes discord.py uses for a
slash-command bot, and lets a test push ``INTERACTION_CREATE`` events (:meth:`FakeDiscord.interact`) and
wait for what the bot sent back (:meth:`FakeDiscord.wait_for`).

Routes (under ``/api/v10``): ``GET /gateway``, ``GET /gateway/bot``, ``GET /users/@me``,
``GET /oauth2/applications/@me``, ``PUT /applications/{app}/commands`` and
``PUT /applications/{app}/guilds/{guild}/commands``, ``POST /interactions/{id}/{token}/callback``,
``POST /webhooks/{app}/{token}``, ``GET|PATCH|DELETE /webhooks/{app}/{token}/messages/{@original|id}``,
``POST /channels/{id}/messages``, ``PATCH /channels/{id}/messages/{id}``. Anything else gets a 404 and
is recorded too. Gateway (``/gateway``, JSON text frames, no compression): HELLO, IDENTIFY -> READY and
GUILD_CREATE, HEARTBEAT -> HEARTBEAT_ACK (arrival times kept in :attr:`FakeDiscord.heartbeats`).
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

from aiohttp import WSMsgType, web

from bot.cache import GeneratorFactory, ModelCache
from bot.endpoints import configure_endpoints, reset_endpoints
from bot.jobs.store import SqliteJobStore
from bot.jobs.worker import STEPS_MODULE
from bot.main import ImitateBot
from imitate.config import Config

FAKE_TOKEN = "fake-discord-token-0123456789"

API = "/api/v10"
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
SEND_MESSAGES = 1 << 11
OPTION_TYPES = {str: 3, int: 4, bool: 5, float: 10}


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


def _json(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py compares the header verbatim (aiohttp would add a charset)
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


class FakeDiscord:
    def __init__(self, *, heartbeat_interval_ms: int = 41250, admin_role: str = "Moderators") -> None:
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
        self._sockets: list[web.WebSocketResponse] = []
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
            await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None, "t": None})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    self.heartbeats.append(time.monotonic())
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    self.identifies += 1
                    await self._dispatch(ws, "READY", self._ready())
                    await self._dispatch(ws, "GUILD_CREATE", self.guild_payload())
                    async with self._changed:
                        self._changed.notify_all()
        finally:
            self._sockets.remove(ws)
        return ws

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    # ASYNC109: timeout= is this test double's public API (like discord.py's Client.wait_for); callers rely on it
    async def wait_identified(self, count: int = 1, timeout: float = 15.0) -> None:  # noqa: ASYNC109
        await self.wait_until(lambda: self.identifies >= count and bool(self._sockets), timeout)

    def _ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": f"session-{self.new_id()}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "shard": [0, 1],
        }

    def guild_payload(self) -> dict[str, Any]:
        def role(role_id: int, name: str, position: int, permissions: int = 0) -> dict[str, Any]:
            return {
                "id": str(role_id), "name": name, "permissions": str(permissions), "position": position,
                "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0,
            }

        return {
            "id": str(self.guild_id),
            "name": "Fake Guild",
            "icon": None,
            "owner_id": self.owner["id"],
            "roles": [role(self.guild_id, "@everyone", 0, SEND_MESSAGES), role(self.admin_role_id, self.admin_role, 1)],
            "channels": [{
                "id": str(self.channel_id), "type": 0, "name": "general", "position": 0,
                "permission_overwrites": [], "nsfw": False, "parent_id": None, "guild_id": str(self.guild_id),
            }],
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
        return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": None, "avatar": None, "bot": bot}

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
    ) -> Interaction:
        """Push an application command (or, with ``autocomplete=option``, an autocomplete) interaction."""
        interaction_id = self.new_id()
        token = f"token-{interaction_id}"
        opts = []
        for name, value in (options or {}).items():
            option = {"name": name, "type": OPTION_TYPES.get(type(value), 3), "value": value}
            if name == autocomplete:
                option["focused"] = True
            opts.append(option)
        user = self._user(user_id or self.new_id(), f"user{user_id or 0}")
        guild_commands = self.commands.get(str(self.guild_id), [])
        data: dict[str, Any] = {"id": str(self.command_id(command)), "name": command, "type": 1, "options": opts}
        if any(c["name"] == command for c in guild_commands):
            data["guild_id"] = str(self.guild_id)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": 4 if autocomplete else 2,
            "token": token,
            "version": 1,
            "guild_id": str(self.guild_id),
            "channel_id": str(self.channel_id),
            "channel": {"id": str(self.channel_id), "type": 0, "guild_id": str(self.guild_id), "name": "general",
                        "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None},
            "member": {
                "user": user, "roles": [str(r) for r in roles], "permissions": str(permissions),
                "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False, "flags": 0,
            },
            "data": data,
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": str(SEND_MESSAGES),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if not self._sockets:
            raise RuntimeError("no bot is connected to the fake gateway")
        interaction = Interaction(interaction_id, token, payload)
        await self._dispatch(self._sockets[-1], "INTERACTION_CREATE", payload)
        return interaction

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
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json" and raw:
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = {"multipart": True}
        await self._record(Recorded(request.method, path, dict(request.query), body))
        parts = path.strip("/").split("/")
        try:
            return self._route(request.method, parts, body or {})
        except (KeyError, ValueError, IndexError):
            return _json({"message": "Unknown", "code": 0}, status=404)

    def _route(self, method: str, parts: list[str], body: Any) -> web.StreamResponse:
        """``body`` is the request's JSON: an object, or a list of commands for PUT .../commands."""
        if method == "GET" and parts in (["gateway"], ["gateway", "bot"]):
            return _json({
                "url": f"ws://127.0.0.1:{self.port}", "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
            })
        if method == "GET" and parts == ["users", "@me"]:
            return _json(self.bot_user)
        if method == "GET" and parts == ["oauth2", "applications", "@me"]:
            return _json({
                "id": str(self.app_id), "name": "imitate", "icon": None, "description": "", "rpc_origins": [],
                "bot_public": True, "bot_require_code_grant": False, "owner": self.owner, "summary": "",
                "verify_key": "0" * 64, "team": None, "flags": 0,
            })
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            scope = parts[3] if len(parts) == 5 else "global"
            synced = [
                {**c, "id": str(self.new_id()), "application_id": str(self.app_id), "version": "1",
                 "description": c.get("description", ""), **({"guild_id": scope} if scope != "global" else {})}
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
                "id": str(interaction_id), "type": 2,
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
) -> AsyncIterator[ImitateBot]:
    """The real ImitateBot (with ``factory``'s generators), connected to ``fake``, until the block ends."""
    configure_endpoints(cfg.bot.api_base, cfg.bot.gateway_url)
    cache = ModelCache(cfg, factory) if factory is not None else ModelCache(cfg)
    bot = ImitateBot(cfg, SqliteJobStore(cfg.database_path), cache, steps_module)
    task: asyncio.Task[None] | None = None
    try:
        await bot.login(FAKE_TOKEN)  # runs setup_hook: store, cogs, worker, command sync
        task = asyncio.create_task(bot.connect())
        # discord.py dispatches "ready" guild_ready_timeout (2 s) after the last GUILD_CREATE; interactions
        # are handled as soon as the guild is known, so wait for that instead.
        deadline = asyncio.get_running_loop().time() + timeout
        while bot.get_guild(fake.guild_id) is None:
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
