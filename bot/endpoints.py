"""Point discord.py at another Discord-compatible server (``[bot] api_base`` / ``[bot] gateway_url``).

discord.py has no per-client setting for this, so the one place that changes it is here, and it changes
process-wide class attributes (verified against discord.py 2.7.1):

- ``discord.http.Route.BASE``: every REST call builds its URL as ``Route.BASE + path`` when the ``Route`` is
  created. ``discord/webhook/async_.py`` imports the same ``Route`` class, so interaction callbacks
  (``/interactions/{id}/{token}/callback``) and followup webhooks (``/webhooks/{app}/{token}...``) follow
  it too. (Only ``Webhook.url``, a display property, keeps ``discord.com``.)
- ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``: the non-sharded ``Client.connect`` opens its first
  websocket at this address (it does not ask ``/gateway/bot``) and falls back to it when a session is
  invalidated; after READY it resumes at the ``resume_gateway_url`` that READY names.

Both are restored by :func:`reset_endpoints` (tests point several bots at several fake servers in turn).
"""

from __future__ import annotations

import logging

import yarl
from discord import gateway, http

from bot.errors import BotConfigError

logger = logging.getLogger(__name__)

DISCORD_API_BASE = http.Route.BASE
DISCORD_GATEWAY = gateway.DiscordWebSocket.DEFAULT_GATEWAY


def _check_url(value: str, schemes: tuple[str, ...], setting: str) -> yarl.URL:
    url = yarl.URL(value)
    if url.scheme not in schemes or not url.host:
        raise BotConfigError(f"[bot] {setting} must be a {' or '.join(schemes)} URL, got {value!r}")
    return url


def configure_endpoints(api_base: str = "", gateway_url: str = "") -> None:
    """Use ``api_base`` (e.g. ``http://127.0.0.1:8080/api/v10``) and ``gateway_url`` (``ws://...``).

    An empty string means Discord's own address. ``api_base`` is the full REST base including the API
    version, exactly what discord.py prepends to paths such as ``/users/@me``.
    """
    base = DISCORD_API_BASE
    if api_base:
        _check_url(api_base, ("http", "https"), "api_base")
        base = api_base.rstrip("/")
    address = DISCORD_GATEWAY
    if gateway_url:
        address = _check_url(gateway_url, ("ws", "wss"), "gateway_url")
    http.Route.BASE = base
    gateway.DiscordWebSocket.DEFAULT_GATEWAY = address
    if api_base or gateway_url:
        logger.info("Discord endpoints: REST %s, gateway %s", base, address)


def reset_endpoints() -> None:
    """Back to Discord's own REST base and gateway."""
    configure_endpoints("", "")
