"""The overdracht's dialogs: to another school (the parents' step, what goes), its one-time
code, and receiving a file from a previous school. Layout in code: three small forms."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from go_hgw_desktop.ui.views.editors import DateEdit
from go_hgw_desktop.ui.window_state import FitsScreen


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class TransferOutDialog(FitsScreen, QDialog):
    """Overdracht naar andere school: record the parents' step, choose what goes, make the files."""

    size_name = "overdracht-uit"

    def __init__(self, pupil_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Overdracht naar andere school – {pupil_name}")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                "Bij een schoolverandering geef je door wat over de schoolloopbaan en de begeleiding gaat. "
                "De ouders (en de leerling vanaf 12 jaar) mogen dat eerst inzien en bezwaar maken tegen "
                "delen, behalve tegen een verslag of gemotiveerd verslag: dat gaat altijd mee. "
                "Vertrouwelijke onderdelen gaan nooit mee."
            )
        )
        form = QFormLayout()
        self.to_school = QLineEdit()
        self.to_school.setPlaceholderText("bv. GO! Basisschool De Linde (mag leeg)")
        self.to_school.setAccessibleName("Nieuwe school")
        form.addRow("&Nieuwe school", self.to_school)
        self.informed_on = DateEdit()
        self.informed_on.setAccessibleName("Ouders ingelicht op")
        form.addRow("Ouders &ingelicht op", self.informed_on)
        inspect_row = QHBoxLayout()
        self.inspected = QCheckBox("De ouders zagen de gegevens &in, op")
        self.inspected_on = DateEdit(optional=True)
        self.inspected_on.setAccessibleName("Inzage op")
        inspect_row.addWidget(self.inspected)
        inspect_row.addWidget(self.inspected_on, 1)
        form.addRow("Inzage", inspect_row)
        self.objection = QPlainTextEdit()
        self.objection.setPlaceholderText(
            "Waartegen maakten de ouders bezwaar? (blijft op school, gaat niet mee)"
        )
        self.objection.setAccessibleName("Bezwaar van de ouders")
        self.objection.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow("&Bezwaar", self.objection)
        layout.addLayout(form)
        layout.addWidget(_wrapped("<b>Wat gaat mee?</b> Vink uit waartegen de ouders bezwaar maakten."))
        self.parts = QTreeWidget()
        self.parts.setHeaderHidden(True)
        self.parts.setAccessibleName("Wat gaat mee")
        self.parts.setMinimumHeight(160)
        layout.addWidget(self.parts, 1)
        self.status = _wrapped("")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Stap &bewaren", QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setToolTip(
            "Bewaar de stap van de ouders en wat niet meegaat, zonder al iets te maken"
        )
        self.make_button = buttons.addButton(
            "PDF en overdrachts&bestand maken…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton("&Sluiten", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 600)


class TransferCodeDialog(FitsScreen, QDialog):
    """The one-time code, shown once, with a button that copies it."""

    def __init__(self, code: str, pdf_name: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Overdrachtscode")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                f"Bewaard: <b>{escape(pdf_name)}</b> (om te lezen) en <b>{escape(file_name)}</b> "
                "(om in te lezen in GO! HGW Desktop van de nieuwe school)."
            )
        )
        layout.addWidget(_wrapped("De code die het bestand opent, wordt <b>maar één keer</b> getoond:"))
        self.code_label = QLabel(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.8)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName("Overdrachtscode")
        layout.addWidget(self.code_label)
        layout.addWidget(
            _wrapped(
                "Geef de code telefonisch door aan de nieuwe school, nooit samen met het bestand (niet in "
                "dezelfde e-mail). Zonder de code opent niemand het bestand; de app bewaart hem niet."
            )
        )
        row = QHBoxLayout()
        self.copy_button = QPushButton("Code &kopiëren")
        self.copy_button.clicked.connect(self.copy)
        self.done_button = QPushButton("&Klaar")
        self.done_button.clicked.connect(self.accept)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.code = code
        self.setMinimumWidth(520)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText("Gekopieerd ✓")


class TransferInDialog(FitsScreen, QDialog):
    """Overdracht ontvangen: the file, its code, and (after opening) which pupil it is."""

    size_name = "overdracht-in"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Overdracht ontvangen")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                "Lees het overdrachtsbestand (.hgwo) van de vorige school in. De code kreeg je apart, bv. "
                "telefonisch. Wat de vorige school doorgaf, komt alleen om te lezen in het leerlingendossier."
            )
        )
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName("Overdrachtsbestand")
        self.browse_button = QPushButton("&Kiezen…")
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow("&Bestand", file_row)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("16 tekens, bv. K7QM-2XPD-9HTR-4WBN")
        self.code_edit.setAccessibleName("Overdrachtscode")
        form.addRow("&Code", self.code_edit)
        layout.addLayout(form)
        self.open_button = QPushButton("&Openen")
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.found = _wrapped("")
        layout.addWidget(self.found)
        self.choices_box = QWidget()
        self.choices = QVBoxLayout(self.choices_box)
        self.choices.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.choices_box)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.receive_button = buttons.addButton("&Inlezen", QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setEnabled(False)
        # Enter in the code field opens the file; reading it in is a click of its own.
        self.receive_button.setAutoDefault(False)
        self.open_button.setDefault(True)
        self.cancel_button = buttons.addButton("&Annuleren", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)

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
