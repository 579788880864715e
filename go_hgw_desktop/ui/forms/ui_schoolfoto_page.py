# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schoolfoto_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableWidget, QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.editors import DateEdit

class Ui_SchoolfotoPage(object):
    def setupUi(self, SchoolfotoPage):
        if not SchoolfotoPage.objectName():
            SchoolfotoPage.setObjectName(u"SchoolfotoPage")
        self.layout = QVBoxLayout(SchoolfotoPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(SchoolfotoPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SchoolfotoPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.settingsLayout = QHBoxLayout()
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.referenceLabel = QLabel(SchoolfotoPage)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.settingsLayout.addWidget(self.referenceLabel)

        self.referenceDateEdit = DateEdit(SchoolfotoPage)
        self.referenceDateEdit.setObjectName(u"referenceDateEdit")

        self.settingsLayout.addWidget(self.referenceDateEdit)

        self.thresholdLabel = QLabel(SchoolfotoPage)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.settingsLayout.addWidget(self.thresholdLabel)

        self.thresholdSpin = QSpinBox(SchoolfotoPage)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(5)
        self.thresholdSpin.setMaximum(50)
        self.thresholdSpin.setValue(5)

        self.settingsLayout.addWidget(self.thresholdSpin)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.modeLabel = QLabel(SchoolfotoPage)
        self.modeLabel.setObjectName(u"modeLabel")

        self.settingsLayout.addWidget(self.modeLabel)

        self.backButton = QPushButton(SchoolfotoPage)
        self.backButton.setObjectName(u"backButton")

        self.settingsLayout.addWidget(self.backButton)


        self.layout.addLayout(self.settingsLayout)

        self.splitter = QSplitter(SchoolfotoPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.tableList = QListWidget(self.splitter)
        self.tableList.setObjectName(u"tableList")
        self.tableList.setMinimumWidth(360)
        self.tableList.setWordWrap(True)
        self.splitter.addWidget(self.tableList)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.tableTitleLabel = QLabel(self.previewPane)
        self.tableTitleLabel.setObjectName(u"tableTitleLabel")
        self.tableTitleLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.tableTitleLabel)

        self.previewTable = QTableWidget(self.previewPane)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.previewTable)

        self.disclosureLabel = QLabel(self.previewPane)
        self.disclosureLabel.setObjectName(u"disclosureLabel")
        self.disclosureLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.disclosureLabel)

        self.splitter.addWidget(self.previewPane)

        self.layout.addWidget(self.splitter)

        self.keysLabel = QLabel(SchoolfotoPage)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.keysLabel)

        self.pointsLabel = QLabel(SchoolfotoPage)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.layout.addWidget(self.pointsLabel)

        self.pointsEdit = QPlainTextEdit(SchoolfotoPage)
        self.pointsEdit.setObjectName(u"pointsEdit")
        self.pointsEdit.setMaximumHeight(90)

        self.layout.addWidget(self.pointsEdit)

        self.namesWarningLabel = QLabel(SchoolfotoPage)
        self.namesWarningLabel.setObjectName(u"namesWarningLabel")
        self.namesWarningLabel.setWordWrap(True)

        self.layout.addWidget(self.namesWarningLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.groupButton = QPushButton(SchoolfotoPage)
        self.groupButton.setObjectName(u"groupButton")

        self.buttonsLayout.addWidget(self.groupButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.jsonButton = QPushButton(SchoolfotoPage)
        self.jsonButton.setObjectName(u"jsonButton")

        self.buttonsLayout.addWidget(self.jsonButton)

        self.pdfButton = QPushButton(SchoolfotoPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttonsLayout.addWidget(self.pdfButton)


        self.layout.addLayout(self.buttonsLayout)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceDateEdit)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.pointsLabel.setBuddy(self.pointsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceDateEdit, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.tableList)
        QWidget.setTabOrder(self.tableList, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.pointsEdit)
        QWidget.setTabOrder(self.pointsEdit, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.jsonButton)
        QWidget.setTabOrder(self.jsonButton, self.groupButton)

        self.retranslateUi(SchoolfotoPage)

        self.pdfButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SchoolfotoPage):
        self.titleLabel.setText(QCoreApplication.translate("SchoolfotoPage", u"Schoolfoto", None))
        self.introLabel.setText(QCoreApplication.translate("SchoolfotoPage", u"Het geanonimiseerde beeld van de school voor het MICRO-overleg: alleen aantallen, nooit namen. Kleine aantallen worden verborgen (paars in het voorbeeld).", None))
        self.referenceLabel.setText(QCoreApplication.translate("SchoolfotoPage", u"&Peildatum:", None))
        self.thresholdLabel.setText(QCoreApplication.translate("SchoolfotoPage", u"&Drempel:", None))
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("SchoolfotoPage", u"Aantallen kleiner dan de drempel worden verborgen. Minimum 5; 10 is strenger.", None))
#endif // QT_CONFIG(tooltip)
        self.modeLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("SchoolfotoPage", u"Terug naar de schoolfoto", None))
#if QT_CONFIG(accessibility)
        self.tableList.setAccessibleName(QCoreApplication.translate("SchoolfotoPage", u"Tabellen van de foto", None))
#endif // QT_CONFIG(accessibility)
        self.tableTitleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("SchoolfotoPage", u"Voorbeeld van de gekozen tabel", None))
#endif // QT_CONFIG(accessibility)
        self.disclosureLabel.setText("")
        self.keysLabel.setText("")
        self.pointsLabel.setText(QCoreApplication.translate("SchoolfotoPage", u"P&unten voor het overleg (het slot van de foto; schrijf nooit over \u00e9\u00e9n leerling):", None))
        self.pointsEdit.setPlaceholderText(QCoreApplication.translate("SchoolfotoPage", u"Bv. veel vragen rond taalondersteuning in de kleuterklassen; nood aan nascholing rond differenti\u00ebren.", None))
        self.namesWarningLabel.setText("")
        self.groupButton.setText(QCoreApplication.translate("SchoolfotoPage", u"Scholen&groepfoto maken\u2026", None))
#if QT_CONFIG(tooltip)
        self.groupButton.setToolTip(QCoreApplication.translate("SchoolfotoPage", u"Combineer de gegevensbestanden van verschillende scholen voor het MACRO-overleg.", None))
#endif // QT_CONFIG(tooltip)
        self.jsonButton.setText(QCoreApplication.translate("SchoolfotoPage", u"&Gegevensbestand bewaren\u2026", None))
#if QT_CONFIG(tooltip)
        self.jsonButton.setToolTip(QCoreApplication.translate("SchoolfotoPage", u"Het bestand (.json) dat de school naar de scholengroep stuurt: alleen de geanonimiseerde aantallen.", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("SchoolfotoPage", u"&PDF bewaren\u2026", None))
        pass
    # retranslateUi

