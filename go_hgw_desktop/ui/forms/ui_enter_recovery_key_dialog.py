# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enter_recovery_key_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_EnterRecoveryKeyDialog(object):
    def setupUi(self, EnterRecoveryKeyDialog):
        if not EnterRecoveryKeyDialog.objectName():
            EnterRecoveryKeyDialog.setObjectName(u"EnterRecoveryKeyDialog")
        EnterRecoveryKeyDialog.resize(640, 260)
        self.layout = QVBoxLayout(EnterRecoveryKeyDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(EnterRecoveryKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.keyEdit = QLineEdit(EnterRecoveryKeyDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setEchoMode(QLineEdit.Password)

        self.layout.addWidget(self.keyEdit)

        self.showCheck = QCheckBox(EnterRecoveryKeyDialog)
        self.showCheck.setObjectName(u"showCheck")

        self.layout.addWidget(self.showCheck)

        self.errorLabel = QLabel(EnterRecoveryKeyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(EnterRecoveryKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(EnterRecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, EnterRecoveryKeyDialog):
        EnterRecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("EnterRecoveryKeyDialog", u"Herstelsleutel invoeren", None))
        self.explanationLabel.setText(QCoreApplication.translate("EnterRecoveryKeyDialog", u"Uitleg", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("EnterRecoveryKeyDialog", u"Herstelsleutel", None))
#endif // QT_CONFIG(accessibility)
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("EnterRecoveryKeyDialog", u"XXXX-XXXX-XXXX-\u2026 (64 tekens, streepjes mag je weglaten)", None))
        self.showCheck.setText(QCoreApplication.translate("EnterRecoveryKeyDialog", u"Sleutel &tonen tijdens het typen", None))
        self.errorLabel.setText("")
    # retranslateUi

