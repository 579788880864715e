# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_in_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TransferInDialog(object):
    def setupUi(self, TransferInDialog):
        if not TransferInDialog.objectName():
            TransferInDialog.setObjectName(u"TransferInDialog")
        TransferInDialog.resize(640, 380)
        self.layout = QVBoxLayout(TransferInDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TransferInDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(TransferInDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(TransferInDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileEdit.sizePolicy().hasHeightForWidth())
        self.fileEdit.setSizePolicy(sizePolicy)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(TransferInDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.codeLabel = QLabel(TransferInDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(TransferInDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.layout.addLayout(self.form)

        self.openButton = QPushButton(TransferInDialog)
        self.openButton.setObjectName(u"openButton")

        self.layout.addWidget(self.openButton, 0, Qt.AlignLeft)

        self.foundLabel = QLabel(TransferInDialog)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setWordWrap(True)

        self.layout.addWidget(self.foundLabel)

        self.choicesBox = QWidget(TransferInDialog)
        self.choicesBox.setObjectName(u"choicesBox")
        self.choicesLayout = QVBoxLayout(self.choicesBox)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setContentsMargins(12, 0, 0, 0)

        self.layout.addWidget(self.choicesBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.receiveButton = QPushButton(TransferInDialog)
        self.receiveButton.setObjectName(u"receiveButton")
        self.receiveButton.setEnabled(False)
        self.receiveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.receiveButton)

        self.cancelButton = QPushButton(TransferInDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferInDialog)

        self.openButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TransferInDialog):
        TransferInDialog.setWindowTitle(QCoreApplication.translate("TransferInDialog", u"Overdracht ontvangen", None))
        self.introLabel.setText(QCoreApplication.translate("TransferInDialog", u"Lees het overdrachtsbestand (.hgwo) van de vorige school in. De code kreeg je apart, bv. telefonisch. Wat de vorige school doorgaf, komt alleen om te lezen in het leerlingendossier.", None))
        self.fileLabel.setText(QCoreApplication.translate("TransferInDialog", u"&Bestand", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("TransferInDialog", u"Overdrachtsbestand", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("TransferInDialog", u"&Kiezen\u2026", None))
        self.codeLabel.setText(QCoreApplication.translate("TransferInDialog", u"&Code", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("TransferInDialog", u"Overdrachtscode", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("TransferInDialog", u"16 tekens, bv. K7QM-2XPD-9HTR-4WBN", None))
        self.openButton.setText(QCoreApplication.translate("TransferInDialog", u"&Openen", None))
        self.foundLabel.setText("")
        self.receiveButton.setText(QCoreApplication.translate("TransferInDialog", u"&Inlezen", None))
        self.cancelButton.setText(QCoreApplication.translate("TransferInDialog", u"&Annuleren", None))
    # retranslateUi

