"""Errors a user can act on.

Every layer raises subclasses of :class:`UserError` for problems caused by input,
files or the machine (not by bugs). They carry a Dutch message for the user and
an optional hint that says what to do; the CLI prints both and exits non-zero,
the GUI shows them in a dialog. No traceback ever reaches a user for these.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on; message and hint are Dutch."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message
