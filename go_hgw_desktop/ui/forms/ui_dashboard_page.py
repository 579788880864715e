# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.bar_chart import BarChart
from go_hgw_desktop.ui.views.elided_label import ElidedLabel

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(False)

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.todayLabel = QLabel(DashboardPage)
        self.todayLabel.setObjectName(u"todayLabel")
        self.todayLabel.setWordWrap(False)

        self.titleLayout.addWidget(self.todayLabel)

        self.schoolDetailsButton = QPushButton(DashboardPage)
        self.schoolDetailsButton.setObjectName(u"schoolDetailsButton")

        self.titleLayout.addWidget(self.schoolDetailsButton)

        self.newYearButton = QPushButton(DashboardPage)
        self.newYearButton.setObjectName(u"newYearButton")

        self.titleLayout.addWidget(self.newYearButton)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.layout.addLayout(self.titleLayout)

        self.newYearBox = QGroupBox(DashboardPage)
        self.newYearBox.setObjectName(u"newYearBox")
        self.newYearBox.setVisible(False)
        self.newYearLayout = QVBoxLayout(self.newYearBox)
        self.newYearLayout.setObjectName(u"newYearLayout")
        self.newYearButtons = QHBoxLayout()
        self.newYearButtons.setObjectName(u"newYearButtons")
        self.newYearIntroLabel = ElidedLabel(self.newYearBox)
        self.newYearIntroLabel.setObjectName(u"newYearIntroLabel")

        self.newYearButtons.addWidget(self.newYearIntroLabel)

        self.switchYearButton = QPushButton(self.newYearBox)
        self.switchYearButton.setObjectName(u"switchYearButton")

        self.newYearButtons.addWidget(self.switchYearButton)

        self.notNowButton = QPushButton(self.newYearBox)
        self.notNowButton.setObjectName(u"notNowButton")

        self.newYearButtons.addWidget(self.notNowButton)

        self.closeGuideButton = QPushButton(self.newYearBox)
        self.closeGuideButton.setObjectName(u"closeGuideButton")

        self.newYearButtons.addWidget(self.closeGuideButton)

        self.newYearButtons.setStretch(0, 1)

        self.newYearLayout.addLayout(self.newYearButtons)

        self.stepsHost = QWidget(self.newYearBox)
        self.stepsHost.setObjectName(u"stepsHost")
        self.stepsGrid = QGridLayout(self.stepsHost)
        self.stepsGrid.setObjectName(u"stepsGrid")
        self.stepsGrid.setContentsMargins(0, 0, 0, 0)
        self.importTitleLabel = QLabel(self.stepsHost)
        self.importTitleLabel.setObjectName(u"importTitleLabel")

        self.stepsGrid.addWidget(self.importTitleLabel, 0, 0, 1, 1)

        self.importStatusLabel = ElidedLabel(self.stepsHost)
        self.importStatusLabel.setObjectName(u"importStatusLabel")

        self.stepsGrid.addWidget(self.importStatusLabel, 0, 1, 1, 1)

        self.importButton = QPushButton(self.stepsHost)
        self.importButton.setObjectName(u"importButton")

        self.stepsGrid.addWidget(self.importButton, 0, 2, 1, 2)

        self.leaversTitleLabel = QLabel(self.stepsHost)
        self.leaversTitleLabel.setObjectName(u"leaversTitleLabel")

        self.stepsGrid.addWidget(self.leaversTitleLabel, 1, 0, 1, 1)

        self.leaversStatusLabel = ElidedLabel(self.stepsHost)
        self.leaversStatusLabel.setObjectName(u"leaversStatusLabel")

        self.stepsGrid.addWidget(self.leaversStatusLabel, 1, 1, 1, 1)

        self.leaversButton = QPushButton(self.stepsHost)
        self.leaversButton.setObjectName(u"leaversButton")

        self.stepsGrid.addWidget(self.leaversButton, 1, 2, 1, 2)

        self.runningTitleLabel = QLabel(self.stepsHost)
        self.runningTitleLabel.setObjectName(u"runningTitleLabel")

        self.stepsGrid.addWidget(self.runningTitleLabel, 2, 0, 1, 1)

        self.runningStatusLabel = ElidedLabel(self.stepsHost)
        self.runningStatusLabel.setObjectName(u"runningStatusLabel")

        self.stepsGrid.addWidget(self.runningStatusLabel, 2, 1, 1, 1)

        self.runningButton = QPushButton(self.stepsHost)
        self.runningButton.setObjectName(u"runningButton")

        self.stepsGrid.addWidget(self.runningButton, 2, 2, 1, 2)

        self.groupsTitleLabel = QLabel(self.stepsHost)
        self.groupsTitleLabel.setObjectName(u"groupsTitleLabel")

        self.stepsGrid.addWidget(self.groupsTitleLabel, 3, 0, 1, 1)

        self.groupsStatusLabel = ElidedLabel(self.stepsHost)
        self.groupsStatusLabel.setObjectName(u"groupsStatusLabel")

        self.stepsGrid.addWidget(self.groupsStatusLabel, 3, 1, 1, 1)

        self.lastYearButton = QPushButton(self.stepsHost)
        self.lastYearButton.setObjectName(u"lastYearButton")

        self.stepsGrid.addWidget(self.lastYearButton, 3, 2, 1, 1)

        self.groupsButton = QPushButton(self.stepsHost)
        self.groupsButton.setObjectName(u"groupsButton")

        self.stepsGrid.addWidget(self.groupsButton, 3, 3, 1, 1)

        self.stepsGrid.setColumnStretch(1, 1)

        self.newYearLayout.addWidget(self.stepsHost)


        self.layout.addWidget(self.newYearBox)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.evaluationsBox = QGroupBox(DashboardPage)
        self.evaluationsBox.setObjectName(u"evaluationsBox")
        self.evaluationsBoxLayout = QVBoxLayout(self.evaluationsBox)
        self.evaluationsBoxLayout.setObjectName(u"evaluationsBoxLayout")
        self.evaluationsTree = QTreeWidget(self.evaluationsBox)
        self.evaluationsTree.setObjectName(u"evaluationsTree")
        self.evaluationsTree.setRootIsDecorated(False)
        self.evaluationsTree.setAlternatingRowColors(True)
        self.evaluationsTree.setUniformRowHeights(True)
        self.evaluationsTree.setAllColumnsShowFocus(True)

        self.evaluationsBoxLayout.addWidget(self.evaluationsTree)


        self.grid.addWidget(self.evaluationsBox, 0, 0, 1, 1)

        self.requestsBox = QGroupBox(DashboardPage)
        self.requestsBox.setObjectName(u"requestsBox")
        self.requestsBoxLayout = QVBoxLayout(self.requestsBox)
        self.requestsBoxLayout.setObjectName(u"requestsBoxLayout")
        self.requestsTree = QTreeWidget(self.requestsBox)
        self.requestsTree.setObjectName(u"requestsTree")
        self.requestsTree.setRootIsDecorated(False)
        self.requestsTree.setAlternatingRowColors(True)
        self.requestsTree.setUniformRowHeights(True)
        self.requestsTree.setAllColumnsShowFocus(True)

        self.requestsBoxLayout.addWidget(self.requestsTree)

        self.teamLeersteunButton = QPushButton(self.requestsBox)
        self.teamLeersteunButton.setObjectName(u"teamLeersteunButton")

        self.requestsBoxLayout.addWidget(self.teamLeersteunButton)


        self.grid.addWidget(self.requestsBox, 0, 1, 1, 1)

        self.actionsBox = QGroupBox(DashboardPage)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsBoxLayout = QVBoxLayout(self.actionsBox)
        self.actionsBoxLayout.setObjectName(u"actionsBoxLayout")
        self.actionsTree = QTreeWidget(self.actionsBox)
        self.actionsTree.setObjectName(u"actionsTree")
        self.actionsTree.setRootIsDecorated(False)
        self.actionsTree.setAlternatingRowColors(True)
        self.actionsTree.setUniformRowHeights(True)
        self.actionsTree.setAllColumnsShowFocus(True)

        self.actionsBoxLayout.addWidget(self.actionsTree)


        self.grid.addWidget(self.actionsBox, 1, 0, 1, 1)

        self.consultationsBox = QGroupBox(DashboardPage)
        self.consultationsBox.setObjectName(u"consultationsBox")
        self.consultationsBoxLayout = QVBoxLayout(self.consultationsBox)
        self.consultationsBoxLayout.setObjectName(u"consultationsBoxLayout")
        self.consultationsTree = QTreeWidget(self.consultationsBox)
        self.consultationsTree.setObjectName(u"consultationsTree")
        self.consultationsTree.setRootIsDecorated(False)
        self.consultationsTree.setAlternatingRowColors(True)
        self.consultationsTree.setUniformRowHeights(True)
        self.consultationsTree.setAllColumnsShowFocus(True)

        self.consultationsBoxLayout.addWidget(self.consultationsTree)


        self.grid.addWidget(self.consultationsBox, 1, 1, 1, 1)

        self.phasesBox = QGroupBox(DashboardPage)
        self.phasesBox.setObjectName(u"phasesBox")
        self.phasesBoxLayout = QVBoxLayout(self.phasesBox)
        self.phasesBoxLayout.setObjectName(u"phasesBoxLayout")
        self.phasesChart = BarChart(self.phasesBox)
        self.phasesChart.setObjectName(u"phasesChart")

        self.phasesBoxLayout.addWidget(self.phasesChart)


        self.grid.addWidget(self.phasesBox, 2, 0, 1, 1)

        self.domainsBox = QGroupBox(DashboardPage)
        self.domainsBox.setObjectName(u"domainsBox")
        self.domainsBoxLayout = QVBoxLayout(self.domainsBox)
        self.domainsBoxLayout.setObjectName(u"domainsBoxLayout")
        self.domainsChart = BarChart(self.domainsBox)
        self.domainsChart.setObjectName(u"domainsChart")

        self.domainsBoxLayout.addWidget(self.domainsChart)


        self.grid.addWidget(self.domainsBox, 2, 1, 1, 1)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

        self.layout.addLayout(self.grid)


        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Overzicht", None))
        self.todayLabel.setText("")
        self.schoolDetailsButton.setText(QCoreApplication.translate("DashboardPage", u"Schoolgegevens invullen\u2026", None))
#if QT_CONFIG(tooltip)
        self.schoolDetailsButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Naam, instellingsnummer en scholengroep (voor de schoolfoto), CLB, leersteuncentrum, personeel en klasleraars", None))
#endif // QT_CONFIG(tooltip)
        self.newYearButton.setText(QCoreApplication.translate("DashboardPage", u"Nieuw schoolj&aar starten\u2026", None))
#if QT_CONFIG(tooltip)
        self.newYearButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Het nieuwe schooljaar starten (of voorbereiden), met de stappen voor de start", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Vernieuwen", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DashboardPage", u"F5", None))
#endif // QT_CONFIG(tooltip)
        self.newYearBox.setTitle(QCoreApplication.translate("DashboardPage", u"Nieuw schooljaar", None))
        self.newYearIntroLabel.setText("")
        self.switchYearButton.setText(QCoreApplication.translate("DashboardPage", u"Schooljaar starten", None))
        self.notNowButton.setText(QCoreApplication.translate("DashboardPage", u"Niet nu", None))
#if QT_CONFIG(tooltip)
        self.notNowButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Het wordt opnieuw voorgesteld bij de volgende start of na het ontgrendelen", None))
#endif // QT_CONFIG(tooltip)
        self.closeGuideButton.setText(QCoreApplication.translate("DashboardPage", u"Klaar: stappen ve&rbergen", None))
#if QT_CONFIG(tooltip)
        self.closeGuideButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Later opnieuw tonen kan met \u2018Nieuw schooljaar starten\u2026\u2019", None))
#endif // QT_CONFIG(tooltip)
        self.importTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"1. Klaslijsten inlezen", None))
        self.importStatusLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("DashboardPage", u"Klaslijst &importeren\u2026", None))
        self.leaversTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"2. Wie is vertrokken?", None))
        self.leaversStatusLabel.setText("")
        self.leaversButton.setText(QCoreApplication.translate("DashboardPage", u"Vertrokken leerlingen &nakijken\u2026", None))
        self.runningTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"3. Lopende trajecten lopen door", None))
        self.runningStatusLabel.setText("")
        self.runningButton.setText(QCoreApplication.translate("DashboardPage", u"&Lopende trajecten bekijken\u2026", None))
        self.groupsTitleLabel.setText(QCoreApplication.translate("DashboardPage", u"4. Subgroepen en groepsplannen", None))
        self.groupsStatusLabel.setText("")
        self.lastYearButton.setText(QCoreApplication.translate("DashboardPage", u"Vorig schooljaar be&kijken", None))
        self.groupsButton.setText(QCoreApplication.translate("DashboardPage", u"Naar &Groepen", None))
        self.evaluationsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Evaluaties: te laat en binnen 14 dagen", None))
        ___qtreewidgetitem = self.evaluationsTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DashboardPage", u"1", None))
        self.requestsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Open aanvragen bij CLB en leersteuncentrum", None))
        ___qtreewidgetitem1 = self.requestsTree.headerItem()
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("DashboardPage", u"1", None))
        self.teamLeersteunButton.setText(QCoreApplication.translate("DashboardPage", u"Leersteun voor leraar of &team\u2026", None))
#if QT_CONFIG(tooltip)
        self.teamLeersteunButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Leersteun die niet bij \u00e9\u00e9n leerling hoort: aanvragen en opvolgen", None))
#endif // QT_CONFIG(tooltip)
        self.actionsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Open afspraken uit overleg", None))
        ___qtreewidgetitem2 = self.actionsTree.headerItem()
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("DashboardPage", u"1", None))
        self.consultationsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Komende overleggen", None))
        ___qtreewidgetitem3 = self.consultationsTree.headerItem()
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("DashboardPage", u"1", None))
        self.phasesBox.setTitle(QCoreApplication.translate("DashboardPage", u"Leerlingen met een lopend traject, per fase", None))
        self.domainsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Lopende trajecten per domein", None))
        pass
    # retranslateUi

