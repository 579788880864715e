"""How controllers talk to the person at the screen: dialogs, questions, today's date.

Controllers receive one ``Interaction``; tests pass their own to answer every dialog and
question without a human, and to fix the date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from go_hgw_desktop.errors import UserError
from go_hgw_desktop.ui.controllers.messages import show_error

if TYPE_CHECKING:  # record specs, file and choice dialogs load when first used, not at start-up
    from go_hgw_desktop.ui.record_spec import RecordSpec

T = TypeVar("T")


class Failed:
    """What :meth:`Interaction.attempt` gives when the action was refused: false in a test."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Final = Failed()


def exec_dialog(dialog: QDialog) -> bool:
    return bool(dialog.exec())


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_delete(parent: QWidget, noun: str, description: str) -> bool:
    from go_hgw_desktop.ui.record_spec import sentence_case

    return ask_yes_no(
        parent, f"{sentence_case(noun)} verwijderen",
        f"Deze {noun} verwijderen?\n\n{description}\n\nDit kan niet ongedaan gemaakt worden.",
    )


def choose_item(parent: QWidget, title: str, label: str, options: list[str]) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, options, 0, False)
    return options.index(text) if ok else None


LAST_FOLDER = "bestanden/laatste-map"


def start_folder() -> Path:
    """Where a file dialog opens: the folder last used, else the user's Documents folder."""
    from PySide6.QtCore import QStandardPaths

    from go_hgw_desktop.ui.window_state import settings

    last = settings().value(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    from go_hgw_desktop.ui.window_state import settings

    settings().setValue(LAST_FOLDER, str(path.parent))


def pick_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save a file, starting in the last folder used (else Documents); None when
    the person cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / suggested), file_filter)
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)


def pick_open_paths(parent: QWidget, title: str, file_filter: str) -> list[Path]:
    """Ask for one or more files to read; empty when the person cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), file_filter)
    if chosen:
        remember_folder(Path(chosen[0]))
    return [Path(p) for p in chosen]


def show_saved(parent: QWidget, path: Path) -> None:
    """Say where a file went, with a button that opens its folder."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Bewaard", f"Bewaard als {path.name}",
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(f"in de map {path.parent}")
    folder = box.addButton("&Map openen", QMessageBox.ButtonRole.ActionRole)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Escape and the window's ✕ close it
    box.exec()
    if box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


@dataclass(frozen=True)
class Interaction:
    open_dialog: Callable[[QDialog], bool] = exec_dialog
    confirm: Callable[[QWidget, str, str], bool] = confirm_delete
    ask: Callable[[QWidget, str, str], bool] = ask_yes_no
    choose: Callable[[QWidget, str, str, list[str]], int | None] = choose_item
    today: Callable[[], date] = date.today
    notify: Callable[[QWidget, UserError], None] = show_error
    save_path: Callable[[QWidget, str, str, str], Path | None] = pick_save_path
    open_paths: Callable[[QWidget, str, str], list[Path]] = pick_open_paths
    file_saved: Callable[[QWidget, Path], None] = show_saved

    def attempt(self, parent: QWidget, action: Callable[[], T], *, busy: bool = False) -> T | Failed:
        """Run one user action (one service call: one transaction). A :class:`UserError` is
        shown in Dutch and gives :data:`FAILED`; nothing was saved then. ``busy`` shows the
        wait cursor meanwhile. The one way controllers run what a person asked for."""
        if busy:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QApplication

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return action()
        except UserError as error:
            if busy:
                QApplication.restoreOverrideCursor()
                busy = False
            self.notify(parent, error)
            return FAILED
        finally:
            if busy:
                QApplication.restoreOverrideCursor()

    def edit(self, spec: RecordSpec, record: Any, save: Callable[[Any], Any], parent: QWidget,
             *, read_only: bool = False) -> Any | None:
        """Show ``record`` in the record dialog; what ``save`` returned, or None if not saved."""
        # Imported on first use: its compiled form costs start-up 25 ms, before any dialog opens.
        from go_hgw_desktop.ui.views.record_dialog import RecordDialog

        dialog = RecordDialog(spec, record, save, read_only=read_only, parent=parent)
        return dialog.saved if self.open_dialog(dialog) else None


DEFAULT = Interaction()
