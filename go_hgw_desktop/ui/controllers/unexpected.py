"""An unexpected error anywhere in the GUI: a calm Dutch message with copyable details.

PySide6 hands an exception raised in a slot or an overridden Qt method to
``sys.excepthook`` and carries on; without this hook it went to stderr only, which a
windowed app on Windows does not have, so the coordinator saw nothing happen. Nothing
is ever half saved: every service call is one transaction, rolled back when it fails.

The details name the kind of error and where it happened (file, line, function), and
the versions; never the error's own message, which may quote a name or a text, and
never a path under the user's home folder.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from go_hgw_desktop import __version__
from go_hgw_desktop.errors import UserError

TITLE = "Er ging iets onverwachts mis"
MESSAGE = "Er ging iets onverwachts mis bij wat je net deed."
HINT = (
    "Er is niets half bewaard: wat al opgeslagen was, blijft veilig, en wat je net deed, is "
    "helemaal of helemaal niet bewaard. Kijk na of het er staat en probeer opnieuw.\n\n"
    "Blijft het misgaan? Bezorg dan de technische gegevens aan wie je helpt (‘Gegevens "
    "kopiëren’): er staan geen namen of andere persoonsgegevens in."
)

Show = Callable[[str], None]


def _where(filename: str) -> str:
    """A frame's file without the folders above the package (they may hold a user name)."""
    path = filename.replace("\\", "/")
    for marker in ("/go_hgw_desktop/", "/site-packages/"):
        if marker in path:
            return marker.strip("/") + "/" + path.rsplit(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def technical_details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What went wrong where, free of personal data: kinds, files, lines and functions only."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - the GUI always has it
        pyside = "?"
    lines = [f"GO! HGW Desktop {__version__} · Python {platform.python_version()} · "
             f"PySide6 {pyside} · {platform.system()} {platform.release()}"]
    seen: set[int] = set()
    current: BaseException | None = error
    current_kind, current_tb = kind, tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{current_kind.__module__}.{current_kind.__qualname__}")
        lines += [f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}"
                  for frame in traceback.extract_tb(current_tb)]
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("veroorzaakt door:")
            current_kind, current_tb = type(current), current.__traceback__
    return "\n".join(lines)


def show_unexpected(details: str) -> None:
    """The message box: calm text, the details to copy (never the error's own message)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, MESSAGE, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setInformativeText(HINT)
    box.setDetailedText(details)
    copy = box.addButton("Gegevens &kopiëren", QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box; this one only copies
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


class ExceptionHook:
    """``sys.excepthook`` for the GUI; ``show`` is replaceable (tests)."""

    def __init__(self, show: Show = show_unexpected, user_error: Callable[[UserError], None] | None = None):
        self.show = show
        self.user_error = user_error
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, UserError) and self.user_error is not None:
            self.user_error(error)  # a Dutch message that a controller forgot to catch
            return
        details = technical_details(kind, error, tb)
        print(details, file=sys.stderr)
        if self._showing:  # an error while the box is open: one box is enough
            return
        self._showing = True
        try:
            self.show(details)
        finally:
            self._showing = False


def install(show: Show = show_unexpected) -> ExceptionHook:
    """Route every unexpected error of the GUI to the calm message (called by ``run_gui``)."""
    from go_hgw_desktop.ui.controllers.messages import show_error

    hook = ExceptionHook(show, user_error=lambda error: show_error(None, error))
    sys.excepthook = hook
    return hook
