# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_code_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_TransferCodeDialog(object):
    def setupUi(self, TransferCodeDialog):
        if not TransferCodeDialog.objectName():
            TransferCodeDialog.setObjectName(u"TransferCodeDialog")
        TransferCodeDialog.resize(520, 260)
        TransferCodeDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(TransferCodeDialog)
        self.layout.setObjectName(u"layout")
        self.savedLabel = QLabel(TransferCodeDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)

        self.layout.addWidget(self.savedLabel)

        self.onceLabel = QLabel(TransferCodeDialog)
        self.onceLabel.setObjectName(u"onceLabel")
        self.onceLabel.setWordWrap(True)

        self.layout.addWidget(self.onceLabel)

        self.codeLabel = QLabel(TransferCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setAlignment(Qt.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.codeLabel)

        self.phoneLabel = QLabel(TransferCodeDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setWordWrap(True)

        self.layout.addWidget(self.phoneLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(TransferCodeDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.doneButton = QPushButton(TransferCodeDialog)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonRow.addWidget(self.doneButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(TransferCodeDialog)
    # setupUi

    def retranslateUi(self, TransferCodeDialog):
        TransferCodeDialog.setWindowTitle(QCoreApplication.translate("TransferCodeDialog", u"Overdrachtscode", None))
        self.savedLabel.setText("")
        self.onceLabel.setText(QCoreApplication.translate("TransferCodeDialog", u"De code die het bestand opent, wordt <b>maar \u00e9\u00e9n keer</b> getoond:", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("TransferCodeDialog", u"Overdrachtscode", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("TransferCodeDialog", u"Geef de code telefonisch door aan de nieuwe school, nooit samen met het bestand (niet in dezelfde e-mail). Zonder de code opent niemand het bestand; de app bewaart hem niet.", None))
        self.copyButton.setText(QCoreApplication.translate("TransferCodeDialog", u"Code &kopi\u00ebren", None))
        self.doneButton.setText(QCoreApplication.translate("TransferCodeDialog", u"&Klaar", None))
    # retranslateUi

