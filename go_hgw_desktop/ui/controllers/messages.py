"""Showing a user error as a Dutch message box (never a traceback)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from go_hgw_desktop.errors import UserError


def show_error(parent: QWidget | None, error: UserError, title: str = "Er ging iets mis") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, QMessageBox.StandardButton.Ok,
                      parent)
    if error.hint:
        box.setInformativeText(error.hint)
    box.exec()
