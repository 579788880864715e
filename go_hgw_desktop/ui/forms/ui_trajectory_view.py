# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trajectory_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_TrajectoryView(object):
    def setupUi(self, TrajectoryView):
        if not TrajectoryView.objectName():
            TrajectoryView.setObjectName(u"TrajectoryView")
        TrajectoryView.resize(900, 640)
        self.layout = QVBoxLayout(TrajectoryView)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TrajectoryView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(False)

        self.headerLayout.addWidget(self.titleLabel)

        self.phaseBadge = QLabel(TrajectoryView)
        self.phaseBadge.setObjectName(u"phaseBadge")
        self.phaseBadge.setWordWrap(False)

        self.headerLayout.addWidget(self.phaseBadge)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.editTrajectoryButton = QPushButton(TrajectoryView)
        self.editTrajectoryButton.setObjectName(u"editTrajectoryButton")

        self.headerLayout.addWidget(self.editTrajectoryButton)

        self.changePhaseButton = QPushButton(TrajectoryView)
        self.changePhaseButton.setObjectName(u"changePhaseButton")

        self.headerLayout.addWidget(self.changePhaseButton)

        self.closeTrajectoryButton = QPushButton(TrajectoryView)
        self.closeTrajectoryButton.setObjectName(u"closeTrajectoryButton")

        self.headerLayout.addWidget(self.closeTrajectoryButton)


        self.layout.addLayout(self.headerLayout)

        self.statusLabel = QLabel(TrajectoryView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.cycleLayout = QHBoxLayout()
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleLabel = QLabel(TrajectoryView)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(False)

        self.cycleLayout.addWidget(self.cycleLabel)

        self.cycleCombo = QComboBox(TrajectoryView)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.cycleLayout.addWidget(self.cycleCombo)

        self.cycleStateLabel = QLabel(TrajectoryView)
        self.cycleStateLabel.setObjectName(u"cycleStateLabel")
        self.cycleStateLabel.setWordWrap(True)

        self.cycleLayout.addWidget(self.cycleStateLabel)

        self.cycleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleLayout.addItem(self.cycleSpacer)


        self.layout.addLayout(self.cycleLayout)

        self.stepLayout = QHBoxLayout()
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepWaarnemen = QPushButton(TrajectoryView)
        self.stepWaarnemen.setObjectName(u"stepWaarnemen")
        self.stepWaarnemen.setCheckable(True)

        self.stepLayout.addWidget(self.stepWaarnemen)

        self.stepBegrijpen = QPushButton(TrajectoryView)
        self.stepBegrijpen.setObjectName(u"stepBegrijpen")
        self.stepBegrijpen.setCheckable(True)

        self.stepLayout.addWidget(self.stepBegrijpen)

        self.stepOrganiseren = QPushButton(TrajectoryView)
        self.stepOrganiseren.setObjectName(u"stepOrganiseren")
        self.stepOrganiseren.setCheckable(True)

        self.stepLayout.addWidget(self.stepOrganiseren)

        self.stepRealiseren = QPushButton(TrajectoryView)
        self.stepRealiseren.setObjectName(u"stepRealiseren")
        self.stepRealiseren.setCheckable(True)

        self.stepLayout.addWidget(self.stepRealiseren)

        self.stepPartners = QPushButton(TrajectoryView)
        self.stepPartners.setObjectName(u"stepPartners")
        self.stepPartners.setCheckable(True)

        self.stepLayout.addWidget(self.stepPartners)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepLayout.addItem(self.stepSpacer)

        self.nextStepButton = QPushButton(TrajectoryView)
        self.nextStepButton.setObjectName(u"nextStepButton")

        self.stepLayout.addWidget(self.nextStepButton)


        self.layout.addLayout(self.stepLayout)

        self.stepHintLabel = QLabel(TrajectoryView)
        self.stepHintLabel.setObjectName(u"stepHintLabel")
        self.stepHintLabel.setWordWrap(True)

        self.layout.addWidget(self.stepHintLabel)

        self.stepStack = QStackedWidget(TrajectoryView)
        self.stepStack.setObjectName(u"stepStack")
        self.waarnemenPage = QWidget()
        self.waarnemenPage.setObjectName(u"waarnemenPage")
        self.waarnemenPageLayout = QVBoxLayout(self.waarnemenPage)
        self.waarnemenPageLayout.setObjectName(u"waarnemenPageLayout")
        self.observationsHost = QWidget(self.waarnemenPage)
        self.observationsHost.setObjectName(u"observationsHost")
        self.observationsHostLayout = QVBoxLayout(self.observationsHost)
        self.observationsHostLayout.setObjectName(u"observationsHostLayout")
        self.observationsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.waarnemenPageLayout.addWidget(self.observationsHost)

        self.conversationsHost = QWidget(self.waarnemenPage)
        self.conversationsHost.setObjectName(u"conversationsHost")
        self.conversationsHostLayout = QVBoxLayout(self.conversationsHost)
        self.conversationsHostLayout.setObjectName(u"conversationsHostLayout")
        self.conversationsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.waarnemenPageLayout.addWidget(self.conversationsHost)

        self.stepStack.addWidget(self.waarnemenPage)
        self.begrijpenPage = QWidget()
        self.begrijpenPage.setObjectName(u"begrijpenPage")
        self.begrijpenPageLayout = QVBoxLayout(self.begrijpenPage)
        self.begrijpenPageLayout.setObjectName(u"begrijpenPageLayout")
        self.factorsHost = QWidget(self.begrijpenPage)
        self.factorsHost.setObjectName(u"factorsHost")
        self.factorsHostLayout = QVBoxLayout(self.factorsHost)
        self.factorsHostLayout.setObjectName(u"factorsHostLayout")
        self.factorsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.begrijpenPageLayout.addWidget(self.factorsHost)

        self.needsHost = QWidget(self.begrijpenPage)
        self.needsHost.setObjectName(u"needsHost")
        self.needsHostLayout = QVBoxLayout(self.needsHost)
        self.needsHostLayout.setObjectName(u"needsHostLayout")
        self.needsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.begrijpenPageLayout.addWidget(self.needsHost)

        self.supportHost = QWidget(self.begrijpenPage)
        self.supportHost.setObjectName(u"supportHost")
        self.supportHostLayout = QVBoxLayout(self.supportHost)
        self.supportHostLayout.setObjectName(u"supportHostLayout")
        self.supportHostLayout.setContentsMargins(0, 0, 0, 0)

        self.begrijpenPageLayout.addWidget(self.supportHost)

        self.viewsHost = QWidget(self.begrijpenPage)
        self.viewsHost.setObjectName(u"viewsHost")
        self.viewsHostLayout = QVBoxLayout(self.viewsHost)
        self.viewsHostLayout.setObjectName(u"viewsHostLayout")
        self.viewsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.begrijpenPageLayout.addWidget(self.viewsHost)

        self.stepStack.addWidget(self.begrijpenPage)
        self.organiserenPage = QWidget()
        self.organiserenPage.setObjectName(u"organiserenPage")
        self.organiserenPageLayout = QVBoxLayout(self.organiserenPage)
        self.organiserenPageLayout.setObjectName(u"organiserenPageLayout")
        self.planHeaderLayout = QHBoxLayout()
        self.planHeaderLayout.setObjectName(u"planHeaderLayout")
        self.planTitleLabel = QLabel(self.organiserenPage)
        self.planTitleLabel.setObjectName(u"planTitleLabel")
        self.planTitleLabel.setWordWrap(False)

        self.planHeaderLayout.addWidget(self.planTitleLabel)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planHeaderLayout.addItem(self.planSpacer)

        self.copyPlanButton = QPushButton(self.organiserenPage)
        self.copyPlanButton.setObjectName(u"copyPlanButton")

        self.planHeaderLayout.addWidget(self.copyPlanButton)

        self.editPlanButton = QPushButton(self.organiserenPage)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.planHeaderLayout.addWidget(self.editPlanButton)

        self.printPlanButton = QPushButton(self.organiserenPage)
        self.printPlanButton.setObjectName(u"printPlanButton")

        self.planHeaderLayout.addWidget(self.printPlanButton)


        self.organiserenPageLayout.addLayout(self.planHeaderLayout)

        self.planSummaryLabel = QLabel(self.organiserenPage)
        self.planSummaryLabel.setObjectName(u"planSummaryLabel")
        self.planSummaryLabel.setWordWrap(True)

        self.organiserenPageLayout.addWidget(self.planSummaryLabel)

        self.planPrintedLabel = QLabel(self.organiserenPage)
        self.planPrintedLabel.setObjectName(u"planPrintedLabel")
        self.planPrintedLabel.setWordWrap(True)
        self.planPrintedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.organiserenPageLayout.addWidget(self.planPrintedLabel)

        self.goalsHost = QWidget(self.organiserenPage)
        self.goalsHost.setObjectName(u"goalsHost")
        self.goalsHostLayout = QVBoxLayout(self.goalsHost)
        self.goalsHostLayout.setObjectName(u"goalsHostLayout")
        self.goalsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.organiserenPageLayout.addWidget(self.goalsHost)

        self.measuresHost = QWidget(self.organiserenPage)
        self.measuresHost.setObjectName(u"measuresHost")
        self.measuresHostLayout = QVBoxLayout(self.measuresHost)
        self.measuresHostLayout.setObjectName(u"measuresHostLayout")
        self.measuresHostLayout.setContentsMargins(0, 0, 0, 0)

        self.organiserenPageLayout.addWidget(self.measuresHost)

        self.stepStack.addWidget(self.organiserenPage)
        self.realiserenPage = QWidget()
        self.realiserenPage.setObjectName(u"realiserenPage")
        self.realiserenPageLayout = QVBoxLayout(self.realiserenPage)
        self.realiserenPageLayout.setObjectName(u"realiserenPageLayout")
        self.notesHost = QWidget(self.realiserenPage)
        self.notesHost.setObjectName(u"notesHost")
        self.notesHostLayout = QVBoxLayout(self.notesHost)
        self.notesHostLayout.setObjectName(u"notesHostLayout")
        self.notesHostLayout.setContentsMargins(0, 0, 0, 0)

        self.realiserenPageLayout.addWidget(self.notesHost)

        self.evaluationHost = QWidget(self.realiserenPage)
        self.evaluationHost.setObjectName(u"evaluationHost")
        self.evaluationHostLayout = QVBoxLayout(self.evaluationHost)
        self.evaluationHostLayout.setObjectName(u"evaluationHostLayout")
        self.evaluationHostLayout.setContentsMargins(0, 0, 0, 0)

        self.realiserenPageLayout.addWidget(self.evaluationHost)

        self.closeCycleLayout = QHBoxLayout()
        self.closeCycleLayout.setObjectName(u"closeCycleLayout")
        self.closeCycleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeCycleLayout.addItem(self.closeCycleSpacer)

        self.closeCycleButton = QPushButton(self.realiserenPage)
        self.closeCycleButton.setObjectName(u"closeCycleButton")

        self.closeCycleLayout.addWidget(self.closeCycleButton)


        self.realiserenPageLayout.addLayout(self.closeCycleLayout)

        self.stepStack.addWidget(self.realiserenPage)
        self.partnersPage = QWidget()
        self.partnersPage.setObjectName(u"partnersPage")
        self.partnersPageLayout = QVBoxLayout(self.partnersPage)
        self.partnersPageLayout.setObjectName(u"partnersPageLayout")
        self.partnersPageLayout.setContentsMargins(0, 0, 0, 0)
        self.partnersScroll = QScrollArea(self.partnersPage)
        self.partnersScroll.setObjectName(u"partnersScroll")
        self.partnersScroll.setFrameShape(QFrame.NoFrame)
        self.partnersScroll.setWidgetResizable(True)
        self.partnersContent = QWidget()
        self.partnersContent.setObjectName(u"partnersContent")
        self.partnersContentLayout = QVBoxLayout(self.partnersContent)
        self.partnersContentLayout.setObjectName(u"partnersContentLayout")
        self.phasesHost = QWidget(self.partnersContent)
        self.phasesHost.setObjectName(u"phasesHost")
        self.phasesHostLayout = QVBoxLayout(self.phasesHost)
        self.phasesHostLayout.setObjectName(u"phasesHostLayout")
        self.phasesHostLayout.setContentsMargins(0, 0, 0, 0)

        self.partnersContentLayout.addWidget(self.phasesHost)

        self.clbHost = QWidget(self.partnersContent)
        self.clbHost.setObjectName(u"clbHost")
        self.clbHostLayout = QVBoxLayout(self.clbHost)
        self.clbHostLayout.setObjectName(u"clbHostLayout")
        self.clbHostLayout.setContentsMargins(0, 0, 0, 0)

        self.partnersContentLayout.addWidget(self.clbHost)

        self.verslagHost = QWidget(self.partnersContent)
        self.verslagHost.setObjectName(u"verslagHost")
        self.verslagHostLayout = QVBoxLayout(self.verslagHost)
        self.verslagHostLayout.setObjectName(u"verslagHostLayout")
        self.verslagHostLayout.setContentsMargins(0, 0, 0, 0)

        self.partnersContentLayout.addWidget(self.verslagHost)

        self.leersteunHost = QWidget(self.partnersContent)
        self.leersteunHost.setObjectName(u"leersteunHost")
        self.leersteunHostLayout = QVBoxLayout(self.leersteunHost)
        self.leersteunHostLayout.setObjectName(u"leersteunHostLayout")
        self.leersteunHostLayout.setContentsMargins(0, 0, 0, 0)

        self.partnersContentLayout.addWidget(self.leersteunHost)

        self.partnersScroll.setWidget(self.partnersContent)

        self.partnersPageLayout.addWidget(self.partnersScroll)

        self.stepStack.addWidget(self.partnersPage)

        self.layout.addWidget(self.stepStack)


        self.retranslateUi(TrajectoryView)
    # setupUi

    def retranslateUi(self, TrajectoryView):
        self.titleLabel.setText(QCoreApplication.translate("TrajectoryView", u"Traject", None))
        self.phaseBadge.setText("")
        self.editTrajectoryButton.setText(QCoreApplication.translate("TrajectoryView", u"Traject bew&erken\u2026", None))
        self.changePhaseButton.setText(QCoreApplication.translate("TrajectoryView", u"Fase wij&zigen\u2026", None))
        self.closeTrajectoryButton.setText(QCoreApplication.translate("TrajectoryView", u"Traject afsl&uiten\u2026", None))
        self.statusLabel.setText("")
        self.cycleLabel.setText(QCoreApplication.translate("TrajectoryView", u"Cyclus", None))
        self.cycleStateLabel.setText("")
        self.stepWaarnemen.setText(QCoreApplication.translate("TrajectoryView", u"1 \u00b7 &Waarnemen", None))
#if QT_CONFIG(tooltip)
        self.stepWaarnemen.setToolTip(QCoreApplication.translate("TrajectoryView", u"Alt+W", None))
#endif // QT_CONFIG(tooltip)
        self.stepBegrijpen.setText(QCoreApplication.translate("TrajectoryView", u"2 \u00b7 &Begrijpen", None))
#if QT_CONFIG(tooltip)
        self.stepBegrijpen.setToolTip(QCoreApplication.translate("TrajectoryView", u"Alt+B", None))
#endif // QT_CONFIG(tooltip)
        self.stepOrganiseren.setText(QCoreApplication.translate("TrajectoryView", u"3 \u00b7 &Organiseren", None))
#if QT_CONFIG(tooltip)
        self.stepOrganiseren.setToolTip(QCoreApplication.translate("TrajectoryView", u"Alt+O", None))
#endif // QT_CONFIG(tooltip)
        self.stepRealiseren.setText(QCoreApplication.translate("TrajectoryView", u"4 \u00b7 &Realiseren", None))
#if QT_CONFIG(tooltip)
        self.stepRealiseren.setToolTip(QCoreApplication.translate("TrajectoryView", u"Alt+R", None))
#endif // QT_CONFIG(tooltip)
        self.stepPartners.setText(QCoreApplication.translate("TrajectoryView", u"&Fasen, CLB en leersteun", None))
#if QT_CONFIG(tooltip)
        self.stepPartners.setToolTip(QCoreApplication.translate("TrajectoryView", u"Alt+F", None))
#endif // QT_CONFIG(tooltip)
        self.nextStepButton.setText(QCoreApplication.translate("TrajectoryView", u"&Volgende stap \u25b8", None))
#if QT_CONFIG(tooltip)
        self.nextStepButton.setToolTip(QCoreApplication.translate("TrajectoryView", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(tooltip)
        self.stepHintLabel.setText("")
        self.planTitleLabel.setText(QCoreApplication.translate("TrajectoryView", u"Plan", None))
        self.copyPlanButton.setText(QCoreApplication.translate("TrajectoryView", u"Overnemen uit vorige c&yclus", None))
        self.editPlanButton.setText(QCoreApplication.translate("TrajectoryView", u"&Plan schrijven\u2026", None))
#if QT_CONFIG(tooltip)
        self.printPlanButton.setToolTip(QCoreApplication.translate("TrajectoryView", u"Een PDF van dit plan voor het gesprek met ouders en leerling. Vertrouwelijke onderdelen worden niet afgedrukt.", None))
#endif // QT_CONFIG(tooltip)
        self.printPlanButton.setText(QCoreApplication.translate("TrajectoryView", u"Plan &afdrukken (PDF)\u2026", None))
        self.planSummaryLabel.setText("")
        self.planPrintedLabel.setText("")
        self.closeCycleButton.setText(QCoreApplication.translate("TrajectoryView", u"Evaluatie afsluiten en &nieuwe cyclus starten\u2026", None))
        pass
    # retranslateUi

