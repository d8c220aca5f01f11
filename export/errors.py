"""The one error type of the export stage: a message meant for the user, printed as one line."""

from __future__ import annotations


class ExportError(RuntimeError):
    """The model folder or the request cannot be exported (bad input, unsupported variant, missing runtime)."""
