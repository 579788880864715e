"""Showing a user error, or a notice, as a Dutch message box (never a traceback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from go_hgw_desktop.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Notice(UserError):
    """Something to know that is not a failure (shown with an information icon)."""


def show_error(parent: QWidget | None, error: UserError, title: str = "Er ging iets mis") -> None:
    from PySide6.QtWidgets import QMessageBox  # first needed when something goes wrong, not at start-up

    icon = QMessageBox.Icon.Warning
    if isinstance(error, Notice):
        icon, title = QMessageBox.Icon.Information, "Goed om te weten"
    box = QMessageBox(icon, title, error.message, QMessageBox.StandardButton.Ok, parent)
    if error.hint:
        box.setInformativeText(error.hint)
    box.exec()
