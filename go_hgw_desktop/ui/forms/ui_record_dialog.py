# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QScrollArea, QVBoxLayout, QWidget)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(620, 420)
        self.layout = QVBoxLayout(RecordDialog)
        self.layout.setObjectName(u"layout")
        self.scrollArea = QScrollArea(RecordDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.pageLayout = QVBoxLayout(self.formPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.formPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        self.pageLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(self.formPage)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.previewLabel)

        self.confidentialCheck = QCheckBox(self.formPage)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.pageLayout.addWidget(self.confidentialCheck)

        self.scrollArea.setWidget(self.formPage)

        self.layout.addWidget(self.scrollArea)

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

