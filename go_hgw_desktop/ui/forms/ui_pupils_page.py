# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pupils_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout)

from go_hgw_desktop.ui.views.editors import ChoiceCombo

class Ui_PupilsPage(object):
    def setupUi(self, PupilsPage):
        if not PupilsPage.objectName():
            PupilsPage.setObjectName(u"PupilsPage")
        self.layout = QVBoxLayout(PupilsPage)
        self.layout.setObjectName(u"layout")
        self.yearNoteLabel = QLabel(PupilsPage)
        self.yearNoteLabel.setObjectName(u"yearNoteLabel")
        self.yearNoteLabel.setVisible(False)
        self.yearNoteLabel.setWordWrap(True)

        self.layout.addWidget(self.yearNoteLabel)

        self.searchEdit = QLineEdit(PupilsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.classLabel = QLabel(PupilsPage)
        self.classLabel.setObjectName(u"classLabel")

        self.filterLayout.addWidget(self.classLabel)

        self.classCombo = ChoiceCombo(PupilsPage)
        self.classCombo.setObjectName(u"classCombo")

        self.filterLayout.addWidget(self.classCombo)

        self.phaseLabel = QLabel(PupilsPage)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.filterLayout.addWidget(self.phaseLabel)

        self.phaseCombo = ChoiceCombo(PupilsPage)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.filterLayout.addWidget(self.phaseCombo)

        self.domainLabel = QLabel(PupilsPage)
        self.domainLabel.setObjectName(u"domainLabel")

        self.filterLayout.addWidget(self.domainLabel)

        self.domainCombo = ChoiceCombo(PupilsPage)
        self.domainCombo.setObjectName(u"domainCombo")

        self.filterLayout.addWidget(self.domainCombo)

        self.stepLabel = QLabel(PupilsPage)
        self.stepLabel.setObjectName(u"stepLabel")

        self.filterLayout.addWidget(self.stepLabel)

        self.stepCombo = ChoiceCombo(PupilsPage)
        self.stepCombo.setObjectName(u"stepCombo")

        self.filterLayout.addWidget(self.stepCombo)

        self.resetFiltersButton = QPushButton(PupilsPage)
        self.resetFiltersButton.setObjectName(u"resetFiltersButton")

        self.filterLayout.addWidget(self.resetFiltersButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterLayout)

        self.listStack = QStackedWidget(PupilsPage)
        self.listStack.setObjectName(u"listStack")
        self.pupilTable = QTableView()
        self.pupilTable.setObjectName(u"pupilTable")
        self.pupilTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pupilTable.setAlternatingRowColors(True)
        self.pupilTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pupilTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pupilTable.setSortingEnabled(True)
        self.pupilTable.setWordWrap(False)
        self.listStack.addWidget(self.pupilTable)
        self.pupilTable.horizontalHeader().setStretchLastSection(True)
        self.pupilTable.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.listStack.addWidget(self.emptyLabel)

        self.layout.addWidget(self.listStack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.countLabel = QLabel(PupilsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(PupilsPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.newPupilButton = QPushButton(PupilsPage)
        self.newPupilButton.setObjectName(u"newPupilButton")

        self.buttonLayout.addWidget(self.newPupilButton)

        self.openButton = QPushButton(PupilsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)


        self.layout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.classLabel.setBuddy(self.classCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.domainLabel.setBuddy(self.domainCombo)
        self.stepLabel.setBuddy(self.stepCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PupilsPage)
    # setupUi

    def retranslateUi(self, PupilsPage):
        self.yearNoteLabel.setText("")
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PupilsPage", u"Zoeken in de leerlingen", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PupilsPage", u"Zoek op naam, leerlingcode of stamboeknummer (Ctrl+F)", None))
        self.classLabel.setText(QCoreApplication.translate("PupilsPage", u"&Klas", None))
        self.phaseLabel.setText(QCoreApplication.translate("PupilsPage", u"&Fase", None))
        self.domainLabel.setText(QCoreApplication.translate("PupilsPage", u"&Domein", None))
        self.stepLabel.setText(QCoreApplication.translate("PupilsPage", u"HGW-&stap", None))
        self.resetFiltersButton.setText(QCoreApplication.translate("PupilsPage", u"Filters &wissen", None))
#if QT_CONFIG(accessibility)
        self.pupilTable.setAccessibleName(QCoreApplication.translate("PupilsPage", u"Leerlingen", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("PupilsPage", u"Nog geen leerlingen.", None))
        self.countLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("PupilsPage", u"Klaslijst &importeren\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PupilsPage", u"Leerlingen en klassen inlezen uit een CSV- of Excel-export van de leerlingenadministratie", None))
#endif // QT_CONFIG(tooltip)
        self.newPupilButton.setText(QCoreApplication.translate("PupilsPage", u"&Nieuwe leerling\u2026", None))
#if QT_CONFIG(tooltip)
        self.newPupilButton.setToolTip(QCoreApplication.translate("PupilsPage", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PupilsPage", u"Dossier &openen", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PupilsPage", u"Enter of dubbelklik", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

