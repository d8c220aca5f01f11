"""Errors of the bot package whose message is meant for the user as is."""

from __future__ import annotations

from imitate.errors import UserError


class BotConfigError(UserError, ValueError):
    """The bot cannot start as configured (no token, bad endpoint URL, ...): one line, exit 1."""
