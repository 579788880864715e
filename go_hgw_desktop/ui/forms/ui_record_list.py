# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout)

class Ui_RecordList(object):
    def setupUi(self, RecordList):
        if not RecordList.objectName():
            RecordList.setObjectName(u"RecordList")
        self.layout = QVBoxLayout(RecordList)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RecordList)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addButton = QPushButton(RecordList)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RecordList)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(RecordList)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerLayout.addWidget(self.deleteButton)


        self.layout.addLayout(self.headerLayout)

        self.listStack = QStackedWidget(RecordList)
        self.listStack.setObjectName(u"listStack")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.listStack.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.listStack.addWidget(self.emptyLabel)

        self.layout.addWidget(self.listStack)


        self.retranslateUi(RecordList)
    # setupUi

    def retranslateUi(self, RecordList):
        self.titleLabel.setText(QCoreApplication.translate("RecordList", u"Titel", None))
        self.addButton.setText(QCoreApplication.translate("RecordList", u"Toevoegen\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RecordList", u"Bewerken\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("RecordList", u"Verwijderen\u2026", None))
        self.emptyLabel.setText("")
        pass
    # retranslateUi

