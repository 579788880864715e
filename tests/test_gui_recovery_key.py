"""Keeping the recovery key: printing never fails silently and never makes a file; without
paper, the key is shown large to copy by hand, and only "overgeschreven" can be confirmed."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from go_hgw_desktop.services.workspace import open_workspace
from go_hgw_desktop.ui.app import build_main_window, make_application
from go_hgw_desktop.ui.controllers import recovery_key
from go_hgw_desktop.ui.controllers.recovery_key import Printed, paint, recovery_sheet_html
from go_hgw_desktop.ui.views.dialogs import FirstRunDialog, RecoveryKeyDialog, RecoveryKeyLargeDialog


@pytest.fixture(autouse=True)
def _app(qapp, modal_guard):
    make_application()


class FakePrinterInfo:
    """What QPrinterInfo tells about a printer the test machine does not have."""

    def __init__(self, name: str, model: str = "") -> None:
        self.name, self.model = name, model

    def printerName(self) -> str:
        return self.name

    def makeAndModel(self) -> str:
        return self.model


class PaperPrinter(QPrinter):
    """A printer as the print dialog leaves it on a machine with a real one: native output,
    no file. Underneath, the test machine (no print server) can only make PDF; pointed at
    the null device, a print reaches no file at all."""

    def __init__(self, *args, fail: bool = False) -> None:
        super().__init__(*args)
        if not fail:
            super().setOutputFileName(os.devnull)

    def outputFormat(self):
        return QPrinter.OutputFormat.NativeFormat

    def outputFileName(self) -> str:
        name = super().outputFileName()
        return "" if name == os.devnull else name


class Person:
    """Answers the first run, the print dialog, the question and the large view."""

    def __init__(self, qtbot, print_answer=None, ask_answer=True, confirm="copiedCheck"):
        self.qtbot, self.print_answer, self.ask_answer = qtbot, print_answer, ask_answer
        self.confirm = confirm
        self.seen: list[str] = []
        self.questions: list[str] = []
        self.key = ""
        self.states: list[dict] = []
        self.large_fonts: list[QFontInfo] = []
        self.refused: list[str] = []  # boxes the person wanted to tick but could not

    def run_dialog(self, dialog) -> bool:
        self.seen.append(type(dialog).__name__)
        if isinstance(dialog, FirstRunDialog):
            dialog.ui.schoolNameEdit.setText("GO! Testschool")
            return True
        if isinstance(dialog, RecoveryKeyDialog):
            self.key = dialog.ui.keyLabel.text().replace("\n", "")
            dialog.setProperty("shown_by_test", True)
            dialog.show()
            self.qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
            self.states.append({"printed_enabled": dialog.ui.printedCheck.isEnabled(),
                                "status": dialog.ui.printStatusLabel.text(),
                                "continue": dialog.ui.continueButton.isEnabled()})
            check = getattr(dialog.ui, self.confirm)
            self.qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
            if not check.isChecked():
                self.refused.append(self.confirm)
                self.qtbot.mouseClick(dialog.ui.copiedCheck, Qt.MouseButton.LeftButton)
            assert dialog.ui.continueButton.isEnabled()
            dialog.close()
            return True
        if isinstance(dialog, QPrintDialog):
            assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
            return self.print_answer(dialog.printer()) if self.print_answer else False
        if isinstance(dialog, RecoveryKeyLargeDialog):
            self.large_fonts.append(QFontInfo(dialog.group_labels[0].font()))
            assert [label.text() for label in dialog.group_labels] == self.key.split("-")
            return True
        raise AssertionError(type(dialog))

    def ask(self, _parent, _title, text) -> bool:
        self.questions.append(text)
        return self.ask_answer


def _first_run(qtbot, data_dir, key_store, person) -> None:
    window, main = build_main_window(data_dir, lambda: key_store, run_dialog=person.run_dialog,
                                     ask=person.ask)
    qtbot.addWidget(window)
    main.close_store()


def _printers(monkeypatch, *infos) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: list(infos)))


def test_without_a_printer_the_key_is_offered_large_and_cannot_be_confirmed_as_printed(
        qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch)
    person = Person(qtbot)
    _first_run(qtbot, data_dir, key_store, person)
    # No print dialog at all: straight to the message and the offer.
    assert person.seen == ["FirstRunDialog", "RecoveryKeyDialog", "RecoveryKeyLargeDialog"]
    assert "geen printer gevonden" in person.questions[0] and "groot op het scherm" in person.questions[0]
    assert "niet als afgedrukt" in person.questions[0]
    state = person.states[0]
    assert not state["printed_enabled"] and not state["continue"]
    assert state["status"].startswith("Niet afgedrukt: Er is geen printer gevonden")
    # Large: a monospace font well over twice the normal size.
    font = person.large_fonts[0]
    assert font.fixedPitch() and font.pointSizeF() >= 2.5 * qtbot_default_point_size()


def qtbot_default_point_size() -> float:
    from PySide6.QtWidgets import QApplication

    return QApplication.font().pointSizeF()


def test_only_file_printers_count_as_no_printer(qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch, FakePrinterInfo("Microsoft Print to PDF"), FakePrinterInfo("Fax"),
              FakePrinterInfo("PDF", "Generic CUPS-PDF Printer"), FakePrinterInfo("OneNote for Windows 10"))
    person = Person(qtbot, ask_answer=False)
    _first_run(qtbot, data_dir, key_store, person)
    assert person.seen == ["FirstRunDialog", "RecoveryKeyDialog"]  # declined the large view
    assert "geen printer gevonden" in person.questions[0]


def test_a_cancelled_print_dialog_says_nothing_was_printed(qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch, FakePrinterInfo("Kantoorprinter", "HP LaserJet"))
    person = Person(qtbot, print_answer=lambda _printer: False)
    _first_run(qtbot, data_dir, key_store, person)
    assert person.seen == ["FirstRunDialog", "RecoveryKeyDialog", "QPrintDialog", "RecoveryKeyLargeDialog"]
    assert "geannuleerd" in person.questions[0]
    assert not person.states[0]["printed_enabled"]


def test_a_failing_printer_is_said_and_printed_cannot_be_ticked(qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch, FakePrinterInfo("Kantoorprinter", "HP LaserJet"))
    # The printer refuses the job (here: the machine has no print server behind it).
    monkeypatch.setattr(recovery_key, "new_printer", lambda: PaperPrinter(fail=True))
    person = Person(qtbot, print_answer=lambda _printer: True, confirm="printedCheck")
    _first_run(qtbot, data_dir, key_store, person)
    assert person.refused == ["printedCheck"]  # only "overgeschreven" could be ticked
    assert "printer gaf een fout" in person.questions[0]
    assert not person.states[0]["printed_enabled"]
    assert "Niet afgedrukt" in person.states[0]["status"]


def test_printing_to_a_file_is_refused(qtbot, data_dir, key_store, monkeypatch, tmp_path):
    _printers(monkeypatch, FakePrinterInfo("Kantoorprinter", "HP LaserJet"))
    target = tmp_path / "herstelsleutel.pdf"

    def to_file(printer: QPrinter) -> bool:  # what "Print to file" in a print dialog does
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    person = Person(qtbot, print_answer=to_file)
    _first_run(qtbot, data_dir, key_store, person)
    assert "mag niet als bestand" in person.questions[0]
    assert not person.states[0]["printed_enabled"]
    assert not target.exists()


def test_a_pdf_printer_chosen_in_the_dialog_is_refused(qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch, FakePrinterInfo("Kantoorprinter"), FakePrinterInfo("Microsoft Print to PDF"))

    class PdfPrinter(PaperPrinter):
        def printerName(self) -> str:
            return "Microsoft Print to PDF"

    painted = []
    monkeypatch.setattr(recovery_key, "new_printer", lambda: PdfPrinter())
    monkeypatch.setattr(recovery_key, "paint", lambda *args: painted.append(args) or True)
    person = Person(qtbot, print_answer=lambda _printer: True)
    _first_run(qtbot, data_dir, key_store, person)
    assert "mag niet als bestand" in person.questions[0] and painted == []


def test_a_successful_print_lets_the_person_confirm_it_was_printed(qtbot, data_dir, key_store, monkeypatch):
    _printers(monkeypatch, FakePrinterInfo("Kantoorprinter", "HP LaserJet"))
    monkeypatch.setattr(recovery_key, "new_printer", lambda: PaperPrinter())
    person = Person(qtbot, print_answer=lambda _printer: True, confirm="printedCheck")
    _first_run(qtbot, data_dir, key_store, person)
    assert person.questions == [] and "RecoveryKeyLargeDialog" not in person.seen and person.refused == []
    assert person.states[0]["printed_enabled"] and "Naar de printer gestuurd" in person.states[0]["status"]


def test_the_sheet_paints_on_a_page_and_holds_the_key(qapp):
    key = "-".join(f"{n:X}A1B" for n in range(16))  # not a store's key
    html = recovery_sheet_html("GO! Testschool <&>", key, "PRAGMA key = \"x'00'\";")
    # Sixteen numbered groups, in order, as on the large view.
    assert re.findall(r"\b[0-9A-F]A1B\b", html) == key.split("-") and "16.</span>" in html
    assert "&lt;&amp;&gt;" in html
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(os.devnull)
    assert paint(printer, html)
    refused = QPrinter(QPrinter.PrinterMode.HighResolution)  # PDF without a file: begin() fails
    assert not paint(refused, html)


def test_a_new_database_key_has_the_same_printing_and_large_view(qtbot, data_dir, key_store, monkeypatch,
                                                                  tmp_path):
    from test_gui_privacy import Person as PrivacyPerson
    from test_gui_privacy import _privacy

    from go_hgw_desktop.ui.controllers.interaction import Interaction

    open_workspace(data_dir, key_store).store.close()
    _printers(monkeypatch)
    person = Person(qtbot)
    helper = PrivacyPerson(tmp_path)
    interaction = Interaction(open_dialog=person.run_dialog, ask=person.ask,
                              notify=lambda _p, e: helper.errors.append(e.message))
    monkeypatch.setattr(helper, "interaction", lambda: interaction)
    _window, main, privacy = _privacy(qtbot, data_dir, key_store, helper)
    person.questions.clear()
    assert privacy.rotate_key()
    assert person.seen == ["RecoveryKeyDialog", "RecoveryKeyLargeDialog"]
    assert "geen printer gevonden" in person.questions[-1]
    main.close_store()


def _files_under(root: Path) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root):
        found.extend(Path(folder) / name for name in names)
    return found


def test_the_key_never_lands_in_a_file(qtbot, data_dir, key_store, monkeypatch, tmp_path):
    """Every way printing can go, then every file in the test's folders and every new file in
    the temporary directory is searched for the key, with and without its dashes."""
    temp_root = Path(tempfile.gettempdir())
    before = set(temp_root.iterdir())
    keys = []
    outcomes = []
    real_print = recovery_key.print_sheet
    monkeypatch.setattr(recovery_key, "print_sheet",
                        lambda *args: outcomes.append(real_print(*args)) or outcomes[-1])

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "sleutel.pdf"))
        return True

    for n, (printers, answer, fail) in enumerate([
            ((), None, False), ((FakePrinterInfo("Kantoorprinter"),), lambda _p: False, False),
            ((FakePrinterInfo("Kantoorprinter"),), to_file, False),
            ((FakePrinterInfo("Kantoorprinter"),), lambda _p: True, True)]):
        _printers(monkeypatch, *printers)
        monkeypatch.setattr(recovery_key, "new_printer", lambda fail=fail: PaperPrinter(fail=fail))
        person = Person(qtbot, print_answer=answer)
        _first_run(qtbot, tmp_path / f"data{n}", key_store, person)
        keys.append(person.key)
    assert [r.outcome for r in outcomes] == [Printed.NO_PRINTER, Printed.CANCELLED, Printed.TO_FILE,
                                             Printed.FAILED]
    needles = [form.encode() for key in keys
               for form in (key, key.replace("-", ""), key.replace("-", "").lower())]
    searched = _files_under(tmp_path) + [
        path for entry in set(temp_root.iterdir()) - before
        for path in ([entry] if entry.is_file() else _files_under(entry))]
    for variable in ("GO_HGW_CONFIG_DIR", "GO_HGW_DATA_DIR"):
        searched += _files_under(Path(os.environ[variable]))
    assert len(searched) > 10  # the stores, their heads and backups were searched
    for path in searched:
        if path.is_file() and not path.is_symlink():
            content = path.read_bytes()
            assert not [needle for needle in needles if needle in content], path
