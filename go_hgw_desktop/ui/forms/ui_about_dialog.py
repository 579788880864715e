# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QPlainTextEdit,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(900, 600)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(AboutDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.infoLabel)

        self.componentsLabel = QLabel(AboutDialog)
        self.componentsLabel.setObjectName(u"componentsLabel")
        self.componentsLabel.setWordWrap(True)

        self.layout.addWidget(self.componentsLabel)

        self.splitter = QSplitter(AboutDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.componentTable = QTableWidget(self.splitter)
        if (self.componentTable.columnCount() < 3):
            self.componentTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.componentTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.componentTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.componentTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.componentTable.setObjectName(u"componentTable")
        self.componentTable.setColumnCount(3)
        self.componentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.componentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.componentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.componentTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.componentTable)
        self.componentTable.horizontalHeader().setStretchLastSection(True)
        self.componentTable.verticalHeader().setVisible(False)
        self.licenseText = QPlainTextEdit(self.splitter)
        self.licenseText.setObjectName(u"licenseText")
        self.licenseText.setReadOnly(True)
        self.licenseText.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.splitter.addWidget(self.licenseText)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(3, 1)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Over GO! HGW Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"GO! HGW Desktop", None))
        self.infoLabel.setText("")
        self.componentsLabel.setText(QCoreApplication.translate("AboutDialog", u"Gebouwd met deze onderdelen. Kies er een om de licentie te lezen:", None))
        ___qtablewidgetitem = self.componentTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"Onderdeel", None))
        ___qtablewidgetitem1 = self.componentTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"Versie", None))
        ___qtablewidgetitem2 = self.componentTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AboutDialog", u"Licentie", None))
    # retranslateUi

