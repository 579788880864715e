"""Dialogs of the start-up: first run, the recovery key (and large, to copy by hand), entering the
recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from go_hgw_desktop.ui.forms.ui_enter_recovery_key_dialog import Ui_EnterRecoveryKeyDialog
from go_hgw_desktop.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from go_hgw_desktop.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from go_hgw_desktop.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from go_hgw_desktop.ui.forms.ui_recovery_key_large_dialog import Ui_RecoveryKeyLargeDialog
from go_hgw_desktop.ui.window_state import FitsScreen

WARNING_STYLE = "color: #b00020;"
OK_STYLE = "color: #1d6b3a;"


def _title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.4)
    font.setBold(True)
    return font


class FirstRunDialog(FitsScreen, QDialog):
    def __init__(self, data_dir_text: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setFont(_title_font(self.font()))
        self.ui.locationLabel.setText(f"De database komt in: {data_dir_text}")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Database aanmaken")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Afsluiten")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def school_name(self) -> str:
        return self.ui.schoolNameEdit.text().strip()

    def wants_passphrase(self) -> bool:
        return self.ui.passphraseCheck.isChecked()


class RecoveryKeyDialog(FitsScreen, QDialog):
    """Shows the recovery key once; the user confirms they kept it before going on.

    Two ways to keep it, confirmed apart: *afgedrukt* can only be ticked once printing
    succeeded (``mark_printed``); *overgeschreven* always. The printing itself and what
    follows a failure are decided by ``controllers/recovery_key.py``.
    """

    def __init__(self, recovery_key: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setFont(_title_font(self.font()))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.5)
        mono.setBold(True)
        self.ui.keyLabel.setFont(mono)
        groups = recovery_key.split("-")
        # Two lines of eight groups: easier to copy by hand than one long line.
        self.ui.keyLabel.setText("-".join(groups[:8]) + "-\n" + "-".join(groups[8:]))
        for check in (self.ui.printedCheck, self.ui.copiedCheck):
            check.toggled.connect(self._confirmed_changed)
        self.ui.continueButton.clicked.connect(self.accept)

    def confirmed(self) -> bool:
        return self.ui.printedCheck.isChecked() or self.ui.copiedCheck.isChecked()

    def _confirmed_changed(self) -> None:
        self.ui.continueButton.setEnabled(self.confirmed())

    def mark_printed(self, printer: str) -> None:
        """Printing succeeded: now, and only now, *afgedrukt* can be ticked."""
        self.ui.printStatusLabel.setStyleSheet(OK_STYLE)
        self.ui.printStatusLabel.setText(
            f"Naar de printer gestuurd{f' ({printer})' if printer else ''}. Kijk na of het blad eruit "
            "kwam en of alle 16 groepen leesbaar zijn; vink dan ‘afgedrukt’ aan.")
        self.ui.printedCheck.setEnabled(True)
        self.ui.printedCheck.setToolTip("")

    def mark_not_printed(self, reason: str) -> None:
        """Printing failed, was refused or cancelled: *afgedrukt* stays out of reach."""
        self.ui.printStatusLabel.setStyleSheet(WARNING_STYLE)
        self.ui.printStatusLabel.setText(f"Niet afgedrukt: {reason} Schrijf de sleutel over (‘Groot tonen’).")
        self.ui.largeButton.setFocus()

    def reject(self) -> None:
        # Escape must not skip the one moment the key is shown.
        if self.confirmed():
            super().reject()


class RecoveryKeyLargeDialog(FitsScreen, QDialog):
    """The recovery key large on screen, numbered groups well apart, to copy by hand."""

    def __init__(self, recovery_key: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyLargeDialog()
        self.ui.setupUi(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 3.6)
        mono.setBold(True)
        mono.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 125)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        grid = self.ui.groupsLayout
        self.group_labels: list[QLabel] = []
        for index, group in enumerate(recovery_key.split("-")):
            row, column = divmod(index, 4)
            number = QLabel(f"{index + 1}.", self.ui.groupsWidget)
            number.setFont(small)
            number.setStyleSheet("color: #555;")
            label = QLabel(group, self.ui.groupsWidget)
            label.setFont(mono)
            label.setAccessibleName(f"Groep {index + 1}")
            # Not selectable: copied to the clipboard, the key could end up in a clipboard history.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(number, row * 2, column)
            grid.addWidget(label, row * 2 + 1, column)
            self.group_labels.append(label)
        for row in range(1, 8, 2):
            grid.setRowMinimumHeight(row, QFontMetrics(mono).height() + 12)  # room between the rows
        self.ui.layout.setAlignment(self.ui.groupsWidget, Qt.AlignmentFlag.AlignHCenter)
        self.ui.closeButton.clicked.connect(self.accept)


class EnterRecoveryKeyDialog(FitsScreen, QDialog):
    def __init__(self, explanation: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnterRecoveryKeyDialog()
        self.ui.setupUi(self)
        self.ui.explanationLabel.setText(explanation)
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Sleutel terugzetten")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Afsluiten")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.showCheck.toggled.connect(
            lambda shown: self.ui.keyEdit.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )

    def key_text(self) -> str:
        return self.ui.keyEdit.text()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)


class PassphraseDialog(FitsScreen, QDialog):
    """Asks the startup passphrase (``repeat`` also asks it twice, to set a new one)."""

    FORGOT = 2  # result: the person chose the recovery key instead

    def __init__(self, explanation: str = "", *, repeat: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        if explanation:
            self.ui.explanationLabel.setText(explanation)
        self.ui.repeatEdit.setVisible(repeat)
        self.ui.forgotButton.setVisible(not repeat)
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Ontgrendelen" if not repeat
                                                                              else "Instellen")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.forgotButton.clicked.connect(lambda: self.done(self.FORGOT))

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def repeated(self) -> str:
        return self.ui.repeatEdit.text()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()
