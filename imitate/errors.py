"""The one base class of errors a user can fix: the CLI prints their message as one line and exits 1."""

from __future__ import annotations


class UserError(Exception):
    """Bad input, a missing token, too little data, a busy lock...: the message is meant for the user as is.

    Every stage's own error types derive from this one, so the CLI catches a single type and never
    needs to know the stages' modules.
    """
