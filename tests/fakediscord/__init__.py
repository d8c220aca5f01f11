"""Helpers for driving the real bot against the fake Discord (:mod:`bot.fakediscord`) in tests."""

from bot.fakediscord import (
    ADMINISTRATOR,
    MANAGE_GUILD,
    SEND_MESSAGES,
    FakeDiscord,
    Interaction,
    Recorded,
)

__all__ = ["ADMINISTRATOR", "MANAGE_GUILD", "SEND_MESSAGES", "FakeDiscord", "Interaction", "Recorded"]
