"""The notice above Leerlingen and Groepen when they show another school year than the huidig one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

NOTE_STYLE = ("background: #fff4e5; border: 1px solid #e0b25c; border-radius: 3px; padding: 6px; "
              "color: #4d3300;")


def show_year_note(label: QLabel, text: str) -> None:
    """Show ``text`` in the notice, or hide it for an empty text."""
    label.setStyleSheet(NOTE_STYLE)
    label.setText(text)
    label.setVisible(bool(text))
