"""The runtime's errors: a request or model that cannot be served, one line for the user."""

from __future__ import annotations

from imitate.errors import UserError


class GenerationError(UserError, ValueError):
    """A generation request or model that cannot be served: one clear line for the user."""


class PromptTooLongError(GenerationError):
    """The prompt has more tokens than ``runtime.max_prompt_tokens``."""
