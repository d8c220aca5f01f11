"""The one error type of the export stage: a message meant for the user, printed as one line."""

from __future__ import annotations

from imitate.errors import UserError


class ExportError(UserError, RuntimeError):
    """The model folder or the request cannot be exported (bad input, unsupported variant, missing runtime)."""
