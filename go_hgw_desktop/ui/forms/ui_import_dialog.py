# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.editors import DateEdit

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 600)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(ImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.layout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileIntroLabel = QLabel(self.filePage)
        self.fileIntroLabel.setObjectName(u"fileIntroLabel")
        self.fileIntroLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileIntroLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.addLayout(self.fileRow)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.yearLabel = QLabel(self.filePage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.filePage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)


        self.fileLayout.addLayout(self.fileForm)

        self.readInfoLabel = QLabel(self.filePage)
        self.readInfoLabel.setObjectName(u"readInfoLabel")
        self.readInfoLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.readInfoLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsIntroLabel = QLabel(self.columnsPage)
        self.columnsIntroLabel.setObjectName(u"columnsIntroLabel")
        self.columnsIntroLabel.setWordWrap(True)

        self.columnsLayout.addWidget(self.columnsIntroLabel)

        self.columnTable = QTableWidget(self.columnsPage)
        if (self.columnTable.columnCount() < 3):
            self.columnTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.columnTable.setObjectName(u"columnTable")
        self.columnTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.columnTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.columnTable.setWordWrap(False)
        self.columnTable.horizontalHeader().setStretchLastSection(True)
        self.columnTable.verticalHeader().setVisible(False)

        self.columnsLayout.addWidget(self.columnTable)

        self.mappingLabel = QLabel(self.columnsPage)
        self.mappingLabel.setObjectName(u"mappingLabel")
        self.mappingLabel.setWordWrap(True)

        self.columnsLayout.addWidget(self.mappingLabel)

        self.pages.addWidget(self.columnsPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.notesLabel = QLabel(self.previewPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.notesLabel)

        self.previewTree = QTreeWidget(self.previewPage)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTree.setUniformRowHeights(True)
        self.previewTree.header().setVisible(False)

        self.previewLayout.addWidget(self.previewTree)

        self.leaversRow = QHBoxLayout()
        self.leaversRow.setObjectName(u"leaversRow")
        self.leaversCheck = QCheckBox(self.previewPage)
        self.leaversCheck.setObjectName(u"leaversCheck")

        self.leaversRow.addWidget(self.leaversCheck)

        self.leaveDateEdit = DateEdit(self.previewPage)
        self.leaveDateEdit.setObjectName(u"leaveDateEdit")

        self.leaversRow.addWidget(self.leaveDateEdit)

        self.leaversSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leaversRow.addItem(self.leaversSpacer)


        self.previewLayout.addLayout(self.leaversRow)

        self.skipCheck = QCheckBox(self.previewPage)
        self.skipCheck.setObjectName(u"skipCheck")

        self.previewLayout.addWidget(self.skipCheck)

        self.pages.addWidget(self.previewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.doneLayout.addWidget(self.doneLabel)

        self.pages.addWidget(self.donePage)

        self.layout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Klaslijst importeren", None))
        self.stepLabel.setText("")
        self.fileIntroLabel.setText(QCoreApplication.translate("ImportDialog", u"Kies de klaslijst die je uit het leerlingenadministratiepakket exporteerde (Smartschool, Informat, Wisa, Broekx \u2026), als CSV of als Excel (.xlsx). Er wordt niets opgeslagen voor je het voorbeeld gezien hebt.", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Klaslijst: gekozen bestand", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Nog geen bestand gekozen", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Bestand kiezen\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"B&lad", None))
        self.yearLabel.setText(QCoreApplication.translate("ImportDialog", u"&Schooljaar van de klassen", None))
        self.readInfoLabel.setText("")
        self.columnsIntroLabel.setText(QCoreApplication.translate("ImportDialog", u"Zeg per kolom wat erin staat. Alleen voornaam, familienaam, klas, geboortejaar en leerlingnummer worden bewaard; van een geboortedatum alleen het jaar. Kolommen die je niet koppelt (adres, ouders, rijksregisternummer \u2026) worden niet ingelezen.", None))
        ___qtablewidgetitem = self.columnTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Kolom in het bestand", None))
        ___qtablewidgetitem1 = self.columnTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Wordt ingelezen als", None))
        ___qtablewidgetitem2 = self.columnTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Voorbeeld", None))
#if QT_CONFIG(accessibility)
        self.columnTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Kolommen van de klaslijst", None))
#endif // QT_CONFIG(accessibility)
        self.mappingLabel.setText("")
        self.summaryLabel.setText("")
        self.notesLabel.setText("")
        ___qtreewidgetitem = self.previewTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportDialog", u"Rij", None))
#if QT_CONFIG(accessibility)
        self.previewTree.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Voorbeeld van de import", None))
#endif // QT_CONFIG(accessibility)
        self.leaversCheck.setText(QCoreApplication.translate("ImportDialog", u"Wie niet meer in de lijst staat, als &vertrokken markeren op", None))
        self.skipCheck.setText(QCoreApplication.translate("ImportDialog", u"Rijen met &fouten of twijfel overslaan en de andere importeren", None))
        self.doneLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Vorige", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"V&olgende >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Importeren", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Annuleren", None))
    # retranslateUi

