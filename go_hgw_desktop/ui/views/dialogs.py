"""Dialogs of the start-up: first run, the recovery key, entering the recovery key."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from go_hgw_desktop.ui.forms.ui_enter_recovery_key_dialog import Ui_EnterRecoveryKeyDialog
from go_hgw_desktop.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from go_hgw_desktop.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from go_hgw_desktop.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog
from go_hgw_desktop.ui.window_state import FitsScreen


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
    """Shows the recovery key once; the user confirms they kept it before going on."""

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
        self.ui.confirmCheck.toggled.connect(self.ui.continueButton.setEnabled)
        self.ui.continueButton.clicked.connect(self.accept)

    def reject(self) -> None:
        # Escape must not skip the one moment the key is shown.
        if self.ui.confirmCheck.isChecked():
            super().reject()


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
