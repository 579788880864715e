# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultations_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_ConsultationsPage(object):
    def setupUi(self, ConsultationsPage):
        if not ConsultationsPage.objectName():
            ConsultationsPage.setObjectName(u"ConsultationsPage")
        self.layout = QHBoxLayout(ConsultationsPage)
        self.layout.setObjectName(u"layout")
        self.listPaneLayout = QVBoxLayout()
        self.listPaneLayout.setObjectName(u"listPaneLayout")
        self.consultationsLabel = QLabel(ConsultationsPage)
        self.consultationsLabel.setObjectName(u"consultationsLabel")
        self.consultationsLabel.setWordWrap(False)

        self.listPaneLayout.addWidget(self.consultationsLabel)

        self.consultationTable = QTableView(ConsultationsPage)
        self.consultationTable.setObjectName(u"consultationTable")
        self.consultationTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.consultationTable.setAlternatingRowColors(True)
        self.consultationTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consultationTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.consultationTable.setMinimumWidth(320)
        self.consultationTable.horizontalHeader().setStretchLastSection(True)
        self.consultationTable.verticalHeader().setVisible(False)

        self.listPaneLayout.addWidget(self.consultationTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newConsultationButton = QPushButton(ConsultationsPage)
        self.newConsultationButton.setObjectName(u"newConsultationButton")

        self.listButtons.addWidget(self.newConsultationButton)

        self.editConsultationButton = QPushButton(ConsultationsPage)
        self.editConsultationButton.setObjectName(u"editConsultationButton")

        self.listButtons.addWidget(self.editConsultationButton)

        self.deleteConsultationButton = QPushButton(ConsultationsPage)
        self.deleteConsultationButton.setObjectName(u"deleteConsultationButton")

        self.listButtons.addWidget(self.deleteConsultationButton)

        self.verslagButton = QPushButton(ConsultationsPage)
        self.verslagButton.setObjectName(u"verslagButton")

        self.listButtons.addWidget(self.verslagButton)

        self.preparationButton = QPushButton(ConsultationsPage)
        self.preparationButton.setObjectName(u"preparationButton")

        self.listButtons.addWidget(self.preparationButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.listPaneLayout.addLayout(self.listButtons)


        self.layout.addLayout(self.listPaneLayout)

        self.detailStack = QStackedWidget(ConsultationsPage)
        self.detailStack.setObjectName(u"detailStack")
        self.noConsultationLabel = QLabel()
        self.noConsultationLabel.setObjectName(u"noConsultationLabel")
        self.noConsultationLabel.setAlignment(Qt.AlignCenter)
        self.noConsultationLabel.setWordWrap(True)
        self.detailStack.addWidget(self.noConsultationLabel)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.titleLabel = QLabel(self.detailPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(self.detailPage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.detailsLabel)

        self.decisionsTitleLabel = QLabel(self.detailPage)
        self.decisionsTitleLabel.setObjectName(u"decisionsTitleLabel")
        self.decisionsTitleLabel.setWordWrap(False)

        self.detailLayout.addWidget(self.decisionsTitleLabel)

        self.decisionsLabel = QLabel(self.detailPage)
        self.decisionsLabel.setObjectName(u"decisionsLabel")
        self.decisionsLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.decisionsLabel)

        self.detailTabs = QTabWidget(self.detailPage)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setDocumentMode(True)
        self.actionsHost = QWidget()
        self.actionsHost.setObjectName(u"actionsHost")
        self.actionsHostLayout = QVBoxLayout(self.actionsHost)
        self.actionsHostLayout.setObjectName(u"actionsHostLayout")
        self.actionsHostLayout.setContentsMargins(0, -1, 0, -1)
        self.detailTabs.addTab(self.actionsHost, "")
        self.fotoTab = QWidget()
        self.fotoTab.setObjectName(u"fotoTab")
        self.fotoLayout = QVBoxLayout(self.fotoTab)
        self.fotoLayout.setObjectName(u"fotoLayout")
        self.fotoLayout.setContentsMargins(0, -1, 0, -1)
        self.fotoStatusLabel = QLabel(self.fotoTab)
        self.fotoStatusLabel.setObjectName(u"fotoStatusLabel")
        self.fotoStatusLabel.setWordWrap(True)
        self.fotoStatusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fotoLayout.addWidget(self.fotoStatusLabel)

        self.fotoButtons = QHBoxLayout()
        self.fotoButtons.setObjectName(u"fotoButtons")
        self.attachFotoButton = QPushButton(self.fotoTab)
        self.attachFotoButton.setObjectName(u"attachFotoButton")

        self.fotoButtons.addWidget(self.attachFotoButton)

        self.fotoPdfButton = QPushButton(self.fotoTab)
        self.fotoPdfButton.setObjectName(u"fotoPdfButton")

        self.fotoButtons.addWidget(self.fotoPdfButton)

        self.detachFotoButton = QPushButton(self.fotoTab)
        self.detachFotoButton.setObjectName(u"detachFotoButton")

        self.fotoButtons.addWidget(self.detachFotoButton)

        self.fotoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fotoButtons.addItem(self.fotoButtonsSpacer)


        self.fotoLayout.addLayout(self.fotoButtons)

        self.compareTitleLabel = QLabel(self.fotoTab)
        self.compareTitleLabel.setObjectName(u"compareTitleLabel")

        self.fotoLayout.addWidget(self.compareTitleLabel)

        self.compareSourceLabel = QLabel(self.fotoTab)
        self.compareSourceLabel.setObjectName(u"compareSourceLabel")
        self.compareSourceLabel.setWordWrap(True)

        self.fotoLayout.addWidget(self.compareSourceLabel)

        self.compareStack = QStackedWidget(self.fotoTab)
        self.compareStack.setObjectName(u"compareStack")
        self.compareTable = QTableWidget()
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.compareTable.setWordWrap(False)
        self.compareStack.addWidget(self.compareTable)
        self.compareTable.verticalHeader().setVisible(False)
        self.compareEmptyLabel = QLabel()
        self.compareEmptyLabel.setObjectName(u"compareEmptyLabel")
        self.compareEmptyLabel.setAlignment(Qt.AlignCenter)
        self.compareEmptyLabel.setWordWrap(True)
        self.compareStack.addWidget(self.compareEmptyLabel)

        self.fotoLayout.addWidget(self.compareStack)

        self.detailTabs.addTab(self.fotoTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailStack.addWidget(self.detailPage)

        self.layout.addWidget(self.detailStack)


        self.retranslateUi(ConsultationsPage)
    # setupUi

    def retranslateUi(self, ConsultationsPage):
        self.consultationsLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Overleg", None))
#if QT_CONFIG(accessibility)
        self.consultationTable.setAccessibleName(QCoreApplication.translate("ConsultationsPage", u"Overleggen", None))
#endif // QT_CONFIG(accessibility)
        self.newConsultationButton.setText(QCoreApplication.translate("ConsultationsPage", u"&Nieuw overleg\u2026", None))
#if QT_CONFIG(tooltip)
        self.newConsultationButton.setToolTip(QCoreApplication.translate("ConsultationsPage", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.editConsultationButton.setText(QCoreApplication.translate("ConsultationsPage", u"B&ewerken\u2026", None))
        self.deleteConsultationButton.setText(QCoreApplication.translate("ConsultationsPage", u"&Verwijderen\u2026", None))
        self.verslagButton.setText(QCoreApplication.translate("ConsultationsPage", u"Versla&g\u2026", None))
#if QT_CONFIG(tooltip)
        self.verslagButton.setToolTip(QCoreApplication.translate("ConsultationsPage", u"Het verslag van het gekozen overleg als PDF", None))
#endif // QT_CONFIG(tooltip)
        self.preparationButton.setText(QCoreApplication.translate("ConsultationsPage", u"Voorbe&reiding\u2026", None))
#if QT_CONFIG(tooltip)
        self.preparationButton.setToolTip(QCoreApplication.translate("ConsultationsPage", u"Het voorbereidingsblad voor een leerlingenbespreking of klassenraad van een klas, als PDF", None))
#endif // QT_CONFIG(tooltip)
        self.noConsultationLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Nog geen overleg.", None))
        self.titleLabel.setText("")
        self.detailsLabel.setText("")
        self.decisionsTitleLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Beslissingen", None))
        self.decisionsLabel.setText("")
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.actionsHost), QCoreApplication.translate("ConsultationsPage", u"Afspraken", None))
        self.fotoStatusLabel.setText("")
        self.attachFotoButton.setText(QCoreApplication.translate("ConsultationsPage", u"Schoolfoto &koppelen", None))
#if QT_CONFIG(tooltip)
        self.attachFotoButton.setToolTip(QCoreApplication.translate("ConsultationsPage", u"Bewaart de schoolfoto van het schooljaar van dit overleg, op de datum van het overleg, als vaste kopie bij dit overleg.", None))
#endif // QT_CONFIG(tooltip)
        self.fotoPdfButton.setText(QCoreApplication.translate("ConsultationsPage", u"Als &PDF bewaren\u2026", None))
        self.detachFotoButton.setText(QCoreApplication.translate("ConsultationsPage", u"&Ontkoppelen\u2026", None))
        self.compareTitleLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Naast de vorige foto", None))
        self.compareSourceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("ConsultationsPage", u"Vergelijking met de vorige schoolfoto", None))
#endif // QT_CONFIG(accessibility)
        self.compareEmptyLabel.setText("")
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.fotoTab), QCoreApplication.translate("ConsultationsPage", u"Schoolfoto", None))
        pass
    # retranslateUi

