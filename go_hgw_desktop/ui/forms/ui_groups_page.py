# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.editors import ChoiceCombo

class Ui_GroupsPage(object):
    def setupUi(self, GroupsPage):
        if not GroupsPage.objectName():
            GroupsPage.setObjectName(u"GroupsPage")
        self.layout = QHBoxLayout(GroupsPage)
        self.layout.setObjectName(u"layout")
        self.classPaneLayout = QVBoxLayout()
        self.classPaneLayout.setObjectName(u"classPaneLayout")
        self.classesLabel = QLabel(GroupsPage)
        self.classesLabel.setObjectName(u"classesLabel")
        self.classesLabel.setWordWrap(False)

        self.classPaneLayout.addWidget(self.classesLabel)

        self.classList = QListWidget(GroupsPage)
        self.classList.setObjectName(u"classList")
        self.classList.setMaximumWidth(200)

        self.classPaneLayout.addWidget(self.classList)

        self.newClassButton = QPushButton(GroupsPage)
        self.newClassButton.setObjectName(u"newClassButton")

        self.classPaneLayout.addWidget(self.newClassButton)

        self.klasficheLabel = QLabel(GroupsPage)
        self.klasficheLabel.setObjectName(u"klasficheLabel")

        self.classPaneLayout.addWidget(self.klasficheLabel)

        self.klasficheButton = QPushButton(GroupsPage)
        self.klasficheButton.setObjectName(u"klasficheButton")

        self.classPaneLayout.addWidget(self.klasficheButton)

        self.allKlasfichesButton = QPushButton(GroupsPage)
        self.allKlasfichesButton.setObjectName(u"allKlasfichesButton")

        self.classPaneLayout.addWidget(self.allKlasfichesButton)

        self.klasficheOthersCheck = QCheckBox(GroupsPage)
        self.klasficheOthersCheck.setObjectName(u"klasficheOthersCheck")
        self.klasficheOthersCheck.setChecked(True)

        self.classPaneLayout.addWidget(self.klasficheOthersCheck)


        self.layout.addLayout(self.classPaneLayout)

        self.groupStack = QStackedWidget(GroupsPage)
        self.groupStack.setObjectName(u"groupStack")
        self.noClassLabel = QLabel()
        self.noClassLabel.setObjectName(u"noClassLabel")
        self.noClassLabel.setAlignment(Qt.AlignCenter)
        self.noClassLabel.setWordWrap(True)
        self.groupStack.addWidget(self.noClassLabel)
        self.groupDetail = QWidget()
        self.groupDetail.setObjectName(u"groupDetail")
        self.groupDetailLayout = QVBoxLayout(self.groupDetail)
        self.groupDetailLayout.setObjectName(u"groupDetailLayout")
        self.groupDetailLayout.setContentsMargins(0, -1, -1, -1)
        self.yearNoteLabel = QLabel(self.groupDetail)
        self.yearNoteLabel.setObjectName(u"yearNoteLabel")
        self.yearNoteLabel.setVisible(False)
        self.yearNoteLabel.setWordWrap(True)

        self.groupDetailLayout.addWidget(self.yearNoteLabel)

        self.classTitleRow = QHBoxLayout()
        self.classTitleRow.setObjectName(u"classTitleRow")
        self.classTitleLabel = QLabel(self.groupDetail)
        self.classTitleLabel.setObjectName(u"classTitleLabel")
        self.classTitleLabel.setWordWrap(False)

        self.classTitleRow.addWidget(self.classTitleLabel)

        self.classTitleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.classTitleRow.addItem(self.classTitleSpacer)

        self.printGroepsplanButton = QPushButton(self.groupDetail)
        self.printGroepsplanButton.setObjectName(u"printGroepsplanButton")

        self.classTitleRow.addWidget(self.printGroepsplanButton)

        self.printOverdrachtButton = QPushButton(self.groupDetail)
        self.printOverdrachtButton.setObjectName(u"printOverdrachtButton")

        self.classTitleRow.addWidget(self.printOverdrachtButton)


        self.groupDetailLayout.addLayout(self.classTitleRow)

        self.groupTabs = QTabWidget(self.groupDetail)
        self.groupTabs.setObjectName(u"groupTabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewTabLayout = QVBoxLayout(self.overviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTable = QTableView(self.overviewTab)
        self.overviewTable.setObjectName(u"overviewTable")
        self.overviewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overviewTable.setAlternatingRowColors(True)
        self.overviewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overviewTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.overviewTable.setWordWrap(True)
        self.overviewTable.horizontalHeader().setStretchLastSection(True)
        self.overviewTable.verticalHeader().setVisible(False)

        self.overviewTabLayout.addWidget(self.overviewTable)

        self.assignLayout = QHBoxLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.assignLabel = QLabel(self.overviewTab)
        self.assignLabel.setObjectName(u"assignLabel")
        self.assignLabel.setWordWrap(False)

        self.assignLayout.addWidget(self.assignLabel)

        self.assignCombo = ChoiceCombo(self.overviewTab)
        self.assignCombo.setObjectName(u"assignCombo")
        self.assignCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.assignLayout.addWidget(self.assignCombo)

        self.assignButton = QPushButton(self.overviewTab)
        self.assignButton.setObjectName(u"assignButton")

        self.assignLayout.addWidget(self.assignButton)

        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignLayout.addItem(self.assignSpacer)


        self.overviewTabLayout.addLayout(self.assignLayout)

        self.subgroupButtonsLayout = QHBoxLayout()
        self.subgroupButtonsLayout.setObjectName(u"subgroupButtonsLayout")
        self.newSubgroupButton = QPushButton(self.overviewTab)
        self.newSubgroupButton.setObjectName(u"newSubgroupButton")

        self.subgroupButtonsLayout.addWidget(self.newSubgroupButton)

        self.deleteSubgroupButton = QPushButton(self.overviewTab)
        self.deleteSubgroupButton.setObjectName(u"deleteSubgroupButton")

        self.subgroupButtonsLayout.addWidget(self.deleteSubgroupButton)

        self.standardSubgroupsButton = QPushButton(self.overviewTab)
        self.standardSubgroupsButton.setObjectName(u"standardSubgroupsButton")

        self.subgroupButtonsLayout.addWidget(self.standardSubgroupsButton)

        self.subgroupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subgroupButtonsLayout.addItem(self.subgroupButtonsSpacer)


        self.overviewTabLayout.addLayout(self.subgroupButtonsLayout)

        self.subgroupsHintLabel = QLabel(self.overviewTab)
        self.subgroupsHintLabel.setObjectName(u"subgroupsHintLabel")
        self.subgroupsHintLabel.setWordWrap(True)

        self.overviewTabLayout.addWidget(self.subgroupsHintLabel)

        self.subgroupsHost = QWidget(self.overviewTab)
        self.subgroupsHost.setObjectName(u"subgroupsHost")
        self.subgroupsHostLayout = QHBoxLayout(self.subgroupsHost)
        self.subgroupsHostLayout.setObjectName(u"subgroupsHostLayout")
        self.subgroupsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.overviewTabLayout.addWidget(self.subgroupsHost)

        self.overviewTabLayout.setStretch(0, 3)
        self.overviewTabLayout.setStretch(4, 2)
        self.groupTabs.addTab(self.overviewTab, "")
        self.trajectoriesTab = QWidget()
        self.trajectoriesTab.setObjectName(u"trajectoriesTab")
        self.trajectoriesTabLayout = QHBoxLayout(self.trajectoriesTab)
        self.trajectoriesTabLayout.setObjectName(u"trajectoriesTabLayout")
        self.groupTrajectoryPaneLayout = QVBoxLayout()
        self.groupTrajectoryPaneLayout.setObjectName(u"groupTrajectoryPaneLayout")
        self.groupTrajectoryList = QListWidget(self.trajectoriesTab)
        self.groupTrajectoryList.setObjectName(u"groupTrajectoryList")
        self.groupTrajectoryList.setMaximumWidth(240)

        self.groupTrajectoryPaneLayout.addWidget(self.groupTrajectoryList)

        self.newGroupTrajectoryButton = QPushButton(self.trajectoriesTab)
        self.newGroupTrajectoryButton.setObjectName(u"newGroupTrajectoryButton")

        self.groupTrajectoryPaneLayout.addWidget(self.newGroupTrajectoryButton)


        self.trajectoriesTabLayout.addLayout(self.groupTrajectoryPaneLayout)

        self.groupTrajectoryStack = QStackedWidget(self.trajectoriesTab)
        self.groupTrajectoryStack.setObjectName(u"groupTrajectoryStack")
        self.noGroupTrajectoryLabel = QLabel()
        self.noGroupTrajectoryLabel.setObjectName(u"noGroupTrajectoryLabel")
        self.noGroupTrajectoryLabel.setAlignment(Qt.AlignCenter)
        self.noGroupTrajectoryLabel.setWordWrap(True)
        self.groupTrajectoryStack.addWidget(self.noGroupTrajectoryLabel)
        self.groupTrajectoryHost = QWidget()
        self.groupTrajectoryHost.setObjectName(u"groupTrajectoryHost")
        self.groupTrajectoryHostLayout = QVBoxLayout(self.groupTrajectoryHost)
        self.groupTrajectoryHostLayout.setObjectName(u"groupTrajectoryHostLayout")
        self.groupTrajectoryHostLayout.setContentsMargins(0, 0, 0, 0)
        self.groupTrajectoryStack.addWidget(self.groupTrajectoryHost)

        self.trajectoriesTabLayout.addWidget(self.groupTrajectoryStack)

        self.groupTabs.addTab(self.trajectoriesTab, "")

        self.groupDetailLayout.addWidget(self.groupTabs)

        self.groupStack.addWidget(self.groupDetail)

        self.layout.addWidget(self.groupStack)


        self.retranslateUi(GroupsPage)
    # setupUi

    def retranslateUi(self, GroupsPage):
        self.classesLabel.setText(QCoreApplication.translate("GroupsPage", u"Klassen", None))
#if QT_CONFIG(accessibility)
        self.classList.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Klassen", None))
#endif // QT_CONFIG(accessibility)
        self.newClassButton.setText(QCoreApplication.translate("GroupsPage", u"Nieuwe &klas\u2026", None))
        self.klasficheLabel.setText(QCoreApplication.translate("GroupsPage", u"Klasfiche voor de leraren", None))
#if QT_CONFIG(tooltip)
        self.klasficheLabel.setToolTip(QCoreApplication.translate("GroupsPage", u"Per leerling wat de leraren in de les toepassen: maatregelen, onderwijsbehoeften en doelen. Als PDF of Excel; vertrouwelijke gegevens staan er nooit op.", None))
#endif // QT_CONFIG(tooltip)
        self.klasficheButton.setText(QCoreApplication.translate("GroupsPage", u"Klas&fiche\u2026", None))
#if QT_CONFIG(tooltip)
        self.klasficheButton.setToolTip(QCoreApplication.translate("GroupsPage", u"De klasfiche van de gekozen klas bewaren als PDF of Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.allKlasfichesButton.setText(QCoreApplication.translate("GroupsPage", u"Alle klasse&n\u2026", None))
#if QT_CONFIG(tooltip)
        self.allKlasfichesButton.setToolTip(QCoreApplication.translate("GroupsPage", u"De klasfiches van alle klassen in \u00e9\u00e9n bestand, \u00e9\u00e9n klas per pagina", None))
#endif // QT_CONFIG(tooltip)
        self.klasficheOthersCheck.setText(QCoreApplication.translate("GroupsPage", u"Ook de andere leerlingen", None))
#if QT_CONFIG(tooltip)
        self.klasficheOthersCheck.setToolTip(QCoreApplication.translate("GroupsPage", u"Zet de leerlingen zonder maatregelen, onderwijsbehoeften of doelen met hun naam onderaan de klasfiche", None))
#endif // QT_CONFIG(tooltip)
        self.noClassLabel.setText(QCoreApplication.translate("GroupsPage", u"Nog geen klassen in dit schooljaar.", None))
        self.yearNoteLabel.setText("")
        self.classTitleLabel.setText(QCoreApplication.translate("GroupsPage", u"Klas", None))
        self.printGroepsplanButton.setText(QCoreApplication.translate("GroupsPage", u"Groeps&plan afdrukken\u2026", None))
#if QT_CONFIG(tooltip)
        self.printGroepsplanButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Het groepsoverzicht van deze klas en het groepsplan van elke subgroep, als PDF", None))
#endif // QT_CONFIG(tooltip)
        self.printOverdrachtButton.setText(QCoreApplication.translate("GroupsPage", u"Overdrachts&fiche\u2026", None))
#if QT_CONFIG(tooltip)
        self.printOverdrachtButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Voor de leraar van volgend schooljaar: per leerling met een lopend traject of maatregelen de onderwijsbehoeften, wat werkte en waar het traject staat, als PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.overviewTable.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Groepsoverzicht", None))
#endif // QT_CONFIG(accessibility)
        self.assignLabel.setText(QCoreApplication.translate("GroupsPage", u"Geselecteerde leerlingen naar subgroep", None))
        self.assignButton.setText(QCoreApplication.translate("GroupsPage", u"&Toewijzen", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Selecteer meerdere leerlingen met Ctrl of Shift", None))
#endif // QT_CONFIG(tooltip)
        self.newSubgroupButton.setText(QCoreApplication.translate("GroupsPage", u"Subgroep &toevoegen\u2026", None))
        self.deleteSubgroupButton.setText(QCoreApplication.translate("GroupsPage", u"Subgroep &verwijderen\u2026", None))
        self.standardSubgroupsButton.setText(QCoreApplication.translate("GroupsPage", u"Basis, intensief en meer &aanmaken", None))
        self.subgroupsHintLabel.setText(QCoreApplication.translate("GroupsPage", u"Sleep leerlingen tussen de subgroepen, of selecteer ze (in het overzicht of in een subgroep) en kies \u2018Toewijzen\u2019.", None))
        self.groupTabs.setTabText(self.groupTabs.indexOf(self.overviewTab), QCoreApplication.translate("GroupsPage", u"Groepsoverzicht en subgroepen", None))
#if QT_CONFIG(accessibility)
        self.groupTrajectoryList.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Groepstrajecten", None))
#endif // QT_CONFIG(accessibility)
        self.newGroupTrajectoryButton.setText(QCoreApplication.translate("GroupsPage", u"Nieuw &groepstraject\u2026", None))
        self.noGroupTrajectoryLabel.setText(QCoreApplication.translate("GroupsPage", u"Nog geen groepstraject.", None))
        self.groupTabs.setTabText(self.groupTabs.indexOf(self.trajectoriesTab), QCoreApplication.translate("GroupsPage", u"Groepstrajecten en groepsplannen", None))
        pass
    # retranslateUi

