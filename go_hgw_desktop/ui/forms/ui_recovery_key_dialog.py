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
        RecoveryKeyDialog.resize(720, 360)
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

        self.keepLayout = QHBoxLayout()
        self.keepLayout.setObjectName(u"keepLayout")
        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")

        self.keepLayout.addWidget(self.printButton)

        self.largeButton = QPushButton(RecoveryKeyDialog)
        self.largeButton.setObjectName(u"largeButton")

        self.keepLayout.addWidget(self.largeButton)

        self.keepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepLayout.addItem(self.keepSpacer)


        self.layout.addLayout(self.keepLayout)

        self.printStatusLabel = QLabel(RecoveryKeyDialog)
        self.printStatusLabel.setObjectName(u"printStatusLabel")
        self.printStatusLabel.setWordWrap(True)

        self.layout.addWidget(self.printStatusLabel)

        self.printedCheck = QCheckBox(RecoveryKeyDialog)
        self.printedCheck.setObjectName(u"printedCheck")
        self.printedCheck.setEnabled(False)

        self.layout.addWidget(self.printedCheck)

        self.copiedCheck = QCheckBox(RecoveryKeyDialog)
        self.copiedCheck.setObjectName(u"copiedCheck")

        self.layout.addWidget(self.copiedCheck)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
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
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Dit is de enige keer dat de herstelsleutel getoond wordt. Druk hem af of schrijf hem over en bewaar hem op een veilige plaats, niet bij de laptop. Met deze sleutel open je de database opnieuw op een nieuwe laptop of na een nieuw gebruikersprofiel. Zonder deze sleutel kan niemand de gegevens terughalen. Hij wordt nooit als bestand bewaard.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"XXXX", None))
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Herstelsleutel", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Afdrukken\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RecoveryKeyDialog", u"Rechtstreeks naar een printer; afdrukken naar een bestand (PDF) kan niet", None))
#endif // QT_CONFIG(tooltip)
        self.largeButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Groot tonen om over te schrijven\u2026", None))
        self.printStatusLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Nog niet afgedrukt.", None))
        self.printedCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Het blad met de herstelsleutel is &afgedrukt en ik heb het nagekeken", None))
#if QT_CONFIG(tooltip)
        self.printedCheck.setToolTip(QCoreApplication.translate("RecoveryKeyDialog", u"Kan pas als het afdrukken gelukt is", None))
#endif // QT_CONFIG(tooltip)
        self.copiedCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Ik heb de herstelsleutel met de hand &overgeschreven en nagekeken", None))
        self.continueButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Verder", None))
    # retranslateUi

