"""A fake Discord (REST + gateway) and helpers for driving the real bot against it."""

from tests.fakediscord.server import ADMINISTRATOR, MANAGE_GUILD, SEND_MESSAGES, FakeDiscord, Interaction, Recorded

__all__ = ["ADMINISTRATOR", "MANAGE_GUILD", "SEND_MESSAGES", "FakeDiscord", "Interaction", "Recorded"]
