# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(700, 300)
        self.layout = QVBoxLayout(RecoveryKeyDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RecoveryKeyDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(RecoveryKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.keyLabel = QLabel(RecoveryKeyDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setAlignment(Qt.AlignCenter)
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.keyLabel)

        self.confirmCheck = QCheckBox(RecoveryKeyDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.layout.addWidget(self.confirmCheck)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.continueButton = QPushButton(RecoveryKeyDialog)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setEnabled(False)

        self.buttonLayout.addWidget(self.continueButton)


        self.layout.addLayout(self.buttonLayout)


        self.retranslateUi(RecoveryKeyDialog)

        self.continueButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Je herstelsleutel", None))
        self.titleLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Bewaar deze herstelsleutel", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Dit is de enige keer dat de herstelsleutel getoond wordt. Druk hem af of schrijf hem over en bewaar hem op een veilige plaats, niet bij de laptop. Met deze sleutel open je de database opnieuw op een nieuwe laptop of na een nieuw gebruikersprofiel. Zonder deze sleutel kan niemand de gegevens terughalen.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"XXXX", None))
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Ik heb de herstelsleutel afgedrukt of overgeschreven", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Afdrukken\u2026", None))
        self.continueButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Verder", None))
    # retranslateUi

