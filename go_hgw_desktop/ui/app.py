"""The GUI entry: QApplication set-up, start-up flow, main window."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import go_hgw_desktop
from go_hgw_desktop import APP_NAME, __version__, paths
from go_hgw_desktop.services.workspace import KeyStore
from go_hgw_desktop.ui.controllers.interaction import DEFAULT, Interaction
from go_hgw_desktop.ui.controllers.main_controller import MainController
from go_hgw_desktop.ui.controllers.startup import StartupController
from go_hgw_desktop.ui.views.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication in Dutch (Belgium): Qt's own buttons and dialogs included."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GO")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    translator = QTranslator(app)
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", translations):
        app.installTranslator(translator)
    # What qtbase_nl leaves in English ("&Look in:" in the file dialog); installed last, so
    # it is asked first.
    extra = QTranslator(app)
    if extra.load(QLocale(), "qt_aanvulling", "_", str(paths.translations_dir())):
        app.installTranslator(extra)
    icon = paths.icons_dir() / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_main_window(
    data_dir: Path, key_store_factory: Callable[[], KeyStore], *,
    interaction: Interaction = DEFAULT, **startup_options,
) -> tuple[MainWindow, MainController] | None:
    """Unlock (or create) the store and build the populated main window.

    ``startup_options`` and ``interaction`` let tests answer dialogs without a human.
    """
    startup = StartupController(data_dir, key_store_factory, **startup_options)
    store = startup.open_store()
    if store is None:
        return None
    window = MainWindow()
    controller = MainController(window, store, startup.open_store, interaction, lambda: startup.key_store)
    QTimer.singleShot(0, go_hgw_desktop.loaded)  # when the event loop first runs: the window is up
    return window, controller


# A smoke test that meets a dialog nobody answers (a missing key, a passphrase) ends here.
SMOKE_TIMEOUT_MS = 120_000


def run_gui(data_dir: Path, key_store_factory: Callable[[], KeyStore], *,
            quit_when_ready: bool = False) -> int:
    """The app's window. ``quit_when_ready`` (the hidden ``--quit-when-ready``, for smoke tests
    and start-up timing) leaves as soon as the first turn of the event loop shows the populated
    window, and prints when that was."""
    app = make_application()
    from go_hgw_desktop.ui.controllers import unexpected

    unexpected.install()
    if quit_when_ready:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, _smoke_timeout)
    built = build_main_window(data_dir, key_store_factory)
    if built is None:
        return 1
    window, controller = built
    window.show()
    if quit_when_ready:
        QTimer.singleShot(0, lambda: app.exit(_report_ready(window, controller)))
    return app.exec()


def _report_ready(window: MainWindow, controller: MainController) -> int:
    """0 when the main window is on screen with the Overzicht filled (a school with pupils)."""
    rows = controller.dashboard.page.ui.evaluationsTree.topLevelItemCount()
    ready = window.isVisible() and rows > 0
    print(f"READY {time.time():.3f} {'in orde' if ready else 'LEEG'}: hoofdvenster met {rows} rijen "
          "in het Overzicht", flush=True)
    return 0 if ready else 1


def _smoke_timeout() -> None:
    print(f"Het hoofdvenster stond er na {SMOKE_TIMEOUT_MS // 1000} s nog niet (wacht het programma op "
          "een antwoord in een venster?).", file=sys.stderr, flush=True)
    os._exit(4)  # a modal dialog runs its own loop: leave from here
