"""The Qt binding itself must not corrupt Python: a known-bad PySide6 would crash the app.

PySide6 6.12.0 on Python 3.11 released ``None`` once too often on every call of a method
that returns nothing; after a few thousand calls the interpreter aborts. pyproject pins
it out; this test fails loudly if such a build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50, "this PySide6 build releases None on void calls"
