# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_year_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.editors import DateEdit

class Ui_NewYearDialog(object):
    def setupUi(self, NewYearDialog):
        if not NewYearDialog.objectName():
            NewYearDialog.setObjectName(u"NewYearDialog")
        NewYearDialog.resize(860, 560)
        self.layout = QVBoxLayout(NewYearDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(NewYearDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.pupilTree = QTreeWidget(NewYearDialog)
        self.pupilTree.setObjectName(u"pupilTree")
        self.pupilTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pupilTree.setRootIsDecorated(False)
        self.pupilTree.setAlternatingRowColors(True)
        self.pupilTree.setUniformRowHeights(True)
        self.pupilTree.setAllColumnsShowFocus(True)
        self.pupilTree.setSortingEnabled(True)

        self.layout.addWidget(self.pupilTree)

        self.countLabel = QLabel(NewYearDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.markRow = QWidget(NewYearDialog)
        self.markRow.setObjectName(u"markRow")
        self.markLayout = QHBoxLayout(self.markRow)
        self.markLayout.setObjectName(u"markLayout")
        self.markLayout.setContentsMargins(0, 0, 0, 0)
        self.checkAllButton = QPushButton(self.markRow)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.markLayout.addWidget(self.checkAllButton)

        self.leaveDateLabel = QLabel(self.markRow)
        self.leaveDateLabel.setObjectName(u"leaveDateLabel")

        self.markLayout.addWidget(self.leaveDateLabel)

        self.leaveDateEdit = DateEdit(self.markRow)
        self.leaveDateEdit.setObjectName(u"leaveDateEdit")

        self.markLayout.addWidget(self.leaveDateEdit)

        self.markButton = QPushButton(self.markRow)
        self.markButton.setObjectName(u"markButton")

        self.markLayout.addWidget(self.markButton)

        self.markSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.markLayout.addItem(self.markSpacer)


        self.layout.addWidget(self.markRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(NewYearDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(NewYearDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.leaveDateLabel.setBuddy(self.leaveDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewYearDialog)
    # setupUi

    def retranslateUi(self, NewYearDialog):
        NewYearDialog.setWindowTitle(QCoreApplication.translate("NewYearDialog", u"Nieuw schooljaar", None))
        self.introLabel.setText("")
        ___qtreewidgetitem = self.pupilTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("NewYearDialog", u"Leerling", None))
#if QT_CONFIG(accessibility)
        self.pupilTree.setAccessibleName(QCoreApplication.translate("NewYearDialog", u"Leerlingen", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.checkAllButton.setText(QCoreApplication.translate("NewYearDialog", u"&Alles aanvinken", None))
        self.leaveDateLabel.setText(QCoreApplication.translate("NewYearDialog", u"Vertrokken &op", None))
#if QT_CONFIG(accessibility)
        self.leaveDateEdit.setAccessibleName(QCoreApplication.translate("NewYearDialog", u"Vertrokken op", None))
#endif // QT_CONFIG(accessibility)
        self.markButton.setText(QCoreApplication.translate("NewYearDialog", u"Aangevinkte leerlingen als &vertrokken markeren", None))
        self.openButton.setText(QCoreApplication.translate("NewYearDialog", u"&Dossier openen", None))
        self.closeButton.setText(QCoreApplication.translate("NewYearDialog", u"Sluiten", None))
    # retranslateUi

