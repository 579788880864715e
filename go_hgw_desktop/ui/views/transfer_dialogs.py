"""The overdracht's dialogs: to another school (the parents' step, what goes), its one-time
code, and receiving a file from a previous school. Layout in ``resources/ui/transfer_*.ui``;
what depends on the pupil, the files or the font is set here."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from go_hgw_desktop.ui.forms.ui_transfer_code_dialog import Ui_TransferCodeDialog
from go_hgw_desktop.ui.forms.ui_transfer_in_dialog import Ui_TransferInDialog
from go_hgw_desktop.ui.forms.ui_transfer_out_dialog import Ui_TransferOutDialog
from go_hgw_desktop.ui.window_state import FitsScreen


class TransferOutDialog(FitsScreen, QDialog):
    """Overdracht naar andere school: record the parents' step, choose what goes, make the files."""

    size_name = "overdracht-uit"

    def __init__(self, pupil_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TransferOutDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Overdracht naar andere school – {pupil_name}")
        self.to_school, self.informed_on = ui.toSchoolEdit, ui.informedOnEdit
        self.inspected, self.inspected_on = ui.inspectedCheck, ui.inspectedOnEdit
        self.inspected_on.make_optional()
        self.objection = ui.objectionEdit
        self.objection.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.parts, self.status = ui.partsTree, ui.statusLabel
        self.save_button, self.make_button, self.close_button = ui.saveButton, ui.makeButton, ui.closeButton
        self.close_button.clicked.connect(self.reject)


class TransferCodeDialog(FitsScreen, QDialog):
    """The one-time code, shown once, with a button that copies it."""

    def __init__(self, code: str, pdf_name: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TransferCodeDialog()
        ui.setupUi(self)
        ui.savedLabel.setText(
            f"Bewaard: <b>{escape(pdf_name)}</b> (om te lezen) en <b>{escape(file_name)}</b> "
            "(om in te lezen in GO! HGW Desktop van de nieuwe school).")
        self.code_label = ui.codeLabel
        self.code_label.setText(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.8)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.copy_button, self.done_button = ui.copyButton, ui.doneButton
        self.copy_button.clicked.connect(self.copy)
        self.done_button.clicked.connect(self.accept)
        self.code = code
        self.adjustSize()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText("Gekopieerd ✓")


class TransferInDialog(FitsScreen, QDialog):
    """Overdracht ontvangen: the file, its code, and (after opening) which pupil it is."""

    size_name = "overdracht-in"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TransferInDialog()
        ui.setupUi(self)
        self.file_edit, self.browse_button, self.code_edit = ui.fileEdit, ui.browseButton, ui.codeEdit
        # Enter in the code field opens the file (the form's default button); reading it in is
        # a click of its own.
        self.open_button, self.found = ui.openButton, ui.foundLabel
        self.choices_box, self.choices = ui.choicesBox, ui.choicesLayout
        self.receive_button, self.cancel_button = ui.receiveButton, ui.cancelButton
        self.cancel_button.clicked.connect(self.reject)

    def set_choices(self, options: list[tuple[str, int | None]], chosen: int) -> list[QRadioButton]:
        """One radio button per way (an existing pupil, or a new one)."""
        while self.choices.count():
            widget = self.choices.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        radios = []
        for number, (text, _ident) in enumerate(options):
            radio = QRadioButton(text)
            radio.setChecked(number == chosen)
            self.choices.addWidget(radio)
            radios.append(radio)
        return radios
