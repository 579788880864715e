"""Files: save dialogs start in Documents, then in the last folder used; suggested names
carry the school and the date, never a pupil's name; every written file is confirmed with
a way to open its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from go_hgw_desktop.ui.controllers import interaction


def test_the_first_save_starts_in_documents_then_in_the_last_folder(qapp, monkeypatch, tmp_path):
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr("PySide6.QtCore.QStandardPaths.writableLocation", lambda _where: str(documents))
    offered = []

    def dialog(_parent, _title, start, _filter):
        offered.append(Path(start))
        return str(tmp_path / "Zorg" / "plan.pdf"), ""

    (tmp_path / "Zorg").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert interaction.pick_save_path(None, "Bewaren", "GO-Atheneum plan LL-ABC234 2026-11-25.pdf", "")
    assert offered[0] == documents / "GO-Atheneum plan LL-ABC234 2026-11-25.pdf"
    interaction.pick_save_path(None, "Bewaren", "volgende.pdf", "")
    assert offered[1] == tmp_path / "Zorg" / "volgende.pdf"  # remembered, also after a restart
    assert interaction.start_folder() == tmp_path / "Zorg"


def test_the_confirmation_opens_the_folder(qapp, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    seen = []

    def press_open_folder() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        next(b for b in box.buttons() if b.text() == "&Map openen").click()

    QTimer.singleShot(50, press_open_folder)
    interaction.show_saved(None, tmp_path / "schoolfoto.pdf")
    assert seen == [("Bewaard als schoolfoto.pdf", f"in de map {tmp_path}")]
    assert opened == [str(tmp_path)]


def test_qt_dialogs_speak_dutch_where_qt_itself_does_not(qapp):
    """The file dialog Qt draws itself (Linux, or when the native one is off) had 'Look in'."""
    from PySide6.QtWidgets import QLabel

    from go_hgw_desktop.ui.app import make_application

    make_application()
    dialog = QFileDialog(None, "Kiezen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels
