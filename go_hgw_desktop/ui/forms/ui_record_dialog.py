# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(620, 420)
        self.layout = QVBoxLayout(RecordDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RecordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        self.layout.addLayout(self.formLayout)

        self.previewLabel = QLabel(RecordDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.previewLabel)

        self.confidentialCheck = QCheckBox(RecordDialog)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.layout.addWidget(self.confidentialCheck)

        self.errorLabel = QLabel(RecordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        RecordDialog.setWindowTitle(QCoreApplication.translate("RecordDialog", u"Bewerken", None))
        self.introLabel.setText("")
        self.previewLabel.setText("")
        self.confidentialCheck.setText(QCoreApplication.translate("RecordDialog", u"&Vertrouwelijk: nooit afdrukken of exporteren", None))
        self.errorLabel.setText("")
    # retranslateUi

