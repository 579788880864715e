"""Test world: offscreen Qt, temp data dirs, in-memory key stores, never the real keyring.

The environment is set before anything imports Qt: without a display, Qt aborts the
whole pytest process otherwise.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

# Offscreen, on a screen the size of a school laptop's usable area (1366x768 minus a taskbar).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).parent / 'support' / 'laptop-screen.json'}")
# Any accidental use of the production key store fails loudly instead of touching
# the developer's real keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest

from go_hgw_desktop import paths
from go_hgw_desktop.services.workspace import MemoryKeyStore, open_workspace

SUPPORT_DIR = Path(__file__).parent / "support"
sys.path.insert(0, str(SUPPORT_DIR))

# A fixed "today" inside a school year keeps date-dependent results stable.
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Nothing a test does can reach the user's real data or settings directory."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, str(tmp_path_factory.mktemp("config")))
    if "go_hgw_desktop.ui.window_state" in sys.modules:  # window sizes never carry over
        sys.modules["go_hgw_desktop.ui.window_state"].forget_settings()


@pytest.fixture
def modal_guard(qapp):
    """Fail, rather than hang, when code under test opens a real modal dialog.

    Static QMessageBox calls run their own event loop in C++, out of Python's reach;
    a timer closes whatever modal widget appears and the test fails at teardown. A test
    that shows a modal form itself (with ``show()``, which cannot hang) marks it with the
    ``shown_by_test`` property.
    """
    from PySide6.QtCore import QTimer

    opened: list[str] = []

    from PySide6.QtWidgets import QProgressDialog

    def close_modal() -> None:
        widget = qapp.activeModalWidget()
        # A progress dialog closes by itself (it shows when work takes long, on a busy machine).
        if widget is not None and not widget.property("shown_by_test") \
                and not isinstance(widget, QProgressDialog):
            opened.append(f"{type(widget).__name__}: {widget.windowTitle()}")
            widget.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(100)
    yield
    timer.stop()
    assert not opened, f"a modal dialog opened during the test: {opened}"


@pytest.fixture
def key_store() -> MemoryKeyStore:
    return MemoryKeyStore()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir, key_store):
    """A fresh, empty, open store."""
    opened = open_workspace(data_dir, key_store, school_name="GO! Testschool Şirin")
    yield opened.store
    opened.store.close()


@pytest.fixture
def demo_store(data_dir, key_store):
    """A small demo school (60 pupils), reproducible."""
    from go_hgw_desktop.services.demo import fill_demo

    opened = open_workspace(data_dir, key_store)
    fill_demo(opened.store, pupils=60, seed=7, today=TODAY)
    yield opened.store
    opened.store.close()


@pytest.fixture
def cli(key_store, data_dir, capsys):
    """Run ``go-hgw`` in-process on the test's data dir and key store: (exit code, stdout, stderr)."""
    from go_hgw_desktop.cli import run

    def call(*args: str) -> tuple[int, str, str]:
        code = run(["--data-dir", str(data_dir), *args], key_store_factory=lambda: key_store)
        out, err = capsys.readouterr()
        return code, out, err

    return call
