# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from go_hgw_desktop.ui.views.editors import DateEdit
from go_hgw_desktop.ui.views.search_combo import SearchCombo

class Ui_PrivacyPage(object):
    def setupUi(self, PrivacyPage):
        if not PrivacyPage.objectName():
            PrivacyPage.setObjectName(u"PrivacyPage")
        self.layout = QVBoxLayout(PrivacyPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(PrivacyPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(PrivacyPage)
        self.tabs.setObjectName(u"tabs")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityLayout = QVBoxLayout(self.securityTab)
        self.securityLayout.setObjectName(u"securityLayout")
        self.idleRow = QHBoxLayout()
        self.idleRow.setObjectName(u"idleRow")
        self.idleLabel = QLabel(self.securityTab)
        self.idleLabel.setObjectName(u"idleLabel")

        self.idleRow.addWidget(self.idleLabel)

        self.idleSpin = QSpinBox(self.securityTab)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)

        self.idleRow.addWidget(self.idleSpin)

        self.idleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleRow.addItem(self.idleSpacer)


        self.securityLayout.addLayout(self.idleRow)

        self.idleHintLabel = QLabel(self.securityTab)
        self.idleHintLabel.setObjectName(u"idleHintLabel")
        self.idleHintLabel.setWordWrap(True)

        self.securityLayout.addWidget(self.idleHintLabel)

        self.passphraseBox = QGroupBox(self.securityTab)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseLayout = QVBoxLayout(self.passphraseBox)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseStatusLabel = QLabel(self.passphraseBox)
        self.passphraseStatusLabel.setObjectName(u"passphraseStatusLabel")
        self.passphraseStatusLabel.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseStatusLabel)

        self.passphraseButtons = QHBoxLayout()
        self.passphraseButtons.setObjectName(u"passphraseButtons")
        self.setPassphraseButton = QPushButton(self.passphraseBox)
        self.setPassphraseButton.setObjectName(u"setPassphraseButton")

        self.passphraseButtons.addWidget(self.setPassphraseButton)

        self.removePassphraseButton = QPushButton(self.passphraseBox)
        self.removePassphraseButton.setObjectName(u"removePassphraseButton")

        self.passphraseButtons.addWidget(self.removePassphraseButton)

        self.passphraseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphraseButtons.addItem(self.passphraseSpacer)


        self.passphraseLayout.addLayout(self.passphraseButtons)


        self.securityLayout.addWidget(self.passphraseBox)

        self.keyBox = QGroupBox(self.securityTab)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyHintLabel = QLabel(self.keyBox)
        self.keyHintLabel.setObjectName(u"keyHintLabel")
        self.keyHintLabel.setWordWrap(True)

        self.keyLayout.addWidget(self.keyHintLabel)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.rotateKeyButton = QPushButton(self.keyBox)
        self.rotateKeyButton.setObjectName(u"rotateKeyButton")

        self.keyButtons.addWidget(self.rotateKeyButton)

        self.keySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyLayout.addLayout(self.keyButtons)


        self.securityLayout.addWidget(self.keyBox)

        self.securitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityLayout.addItem(self.securitySpacer)

        self.tabs.addTab(self.securityTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupLayout = QVBoxLayout(self.backupTab)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupStatusLabel = QLabel(self.backupTab)
        self.backupStatusLabel.setObjectName(u"backupStatusLabel")
        self.backupStatusLabel.setWordWrap(True)

        self.backupLayout.addWidget(self.backupStatusLabel)

        self.backupHintLabel = QLabel(self.backupTab)
        self.backupHintLabel.setObjectName(u"backupHintLabel")
        self.backupHintLabel.setWordWrap(True)

        self.backupLayout.addWidget(self.backupHintLabel)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupButton = QPushButton(self.backupTab)
        self.backupButton.setObjectName(u"backupButton")

        self.backupButtons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.backupTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupLayout.addLayout(self.backupButtons)

        self.backupVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupLayout.addItem(self.backupVSpacer)

        self.tabs.addTab(self.backupTab, "")
        self.retentionTab = QWidget()
        self.retentionTab.setObjectName(u"retentionTab")
        self.retentionLayout = QVBoxLayout(self.retentionTab)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.retentionRow = QHBoxLayout()
        self.retentionRow.setObjectName(u"retentionRow")
        self.retentionLabel = QLabel(self.retentionTab)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.retentionRow.addWidget(self.retentionLabel)

        self.retentionSpin = QSpinBox(self.retentionTab)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(30)

        self.retentionRow.addWidget(self.retentionSpin)

        self.retentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionRow.addItem(self.retentionSpacer)


        self.retentionLayout.addLayout(self.retentionRow)

        self.retentionStatusLabel = QLabel(self.retentionTab)
        self.retentionStatusLabel.setObjectName(u"retentionStatusLabel")
        self.retentionStatusLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.retentionStatusLabel)

        self.leaversTable = QTableWidget(self.retentionTab)
        if (self.leaversTable.columnCount() < 4):
            self.leaversTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.leaversTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.leaversTable.setObjectName(u"leaversTable")
        self.leaversTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.leaversTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.leaversTable.horizontalHeader().setStretchLastSection(True)
        self.leaversTable.verticalHeader().setVisible(False)

        self.retentionLayout.addWidget(self.leaversTable)

        self.purgeButtons = QHBoxLayout()
        self.purgeButtons.setObjectName(u"purgeButtons")
        self.purgeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.purgeButtons.addItem(self.purgeSpacer)

        self.purgeButton = QPushButton(self.retentionTab)
        self.purgeButton.setObjectName(u"purgeButton")

        self.purgeButtons.addWidget(self.purgeButton)


        self.retentionLayout.addLayout(self.purgeButtons)

        self.tabs.addTab(self.retentionTab, "")
        self.trailTab = QWidget()
        self.trailTab.setObjectName(u"trailTab")
        self.trailLayout = QVBoxLayout(self.trailTab)
        self.trailLayout.setObjectName(u"trailLayout")
        self.chainLabel = QLabel(self.trailTab)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setWordWrap(True)

        self.trailLayout.addWidget(self.chainLabel)

        self.proofLabel = QLabel(self.trailTab)
        self.proofLabel.setObjectName(u"proofLabel")
        self.proofLabel.setTextFormat(Qt.RichText)
        self.proofLabel.setWordWrap(True)

        self.trailLayout.addWidget(self.proofLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.pupilLabel = QLabel(self.trailTab)
        self.pupilLabel.setObjectName(u"pupilLabel")

        self.filterRow.addWidget(self.pupilLabel)

        self.pupilCombo = SearchCombo(self.trailTab)
        self.pupilCombo.setObjectName(u"pupilCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pupilCombo.sizePolicy().hasHeightForWidth())
        self.pupilCombo.setSizePolicy(sizePolicy)
        self.pupilCombo.setMinimumSize(QSize(320, 0))

        self.filterRow.addWidget(self.pupilCombo)

        self.sinceLabel = QLabel(self.trailTab)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.sinceEdit = DateEdit(self.trailTab)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.filterRow.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(self.trailTab)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterRow.addWidget(self.untilLabel)

        self.untilEdit = DateEdit(self.trailTab)
        self.untilEdit.setObjectName(u"untilEdit")

        self.filterRow.addWidget(self.untilEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.trailLayout.addLayout(self.filterRow)

        self.trailTable = QTableWidget(self.trailTab)
        if (self.trailTable.columnCount() < 5):
            self.trailTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.trailTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.trailTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.trailTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.trailTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.trailTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.trailTable.setObjectName(u"trailTable")
        self.trailTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trailTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trailTable.setAlternatingRowColors(True)
        self.trailTable.setWordWrap(False)
        self.trailTable.horizontalHeader().setStretchLastSection(True)
        self.trailTable.verticalHeader().setVisible(False)

        self.trailLayout.addWidget(self.trailTable)

        self.trailButtons = QHBoxLayout()
        self.trailButtons.setObjectName(u"trailButtons")
        self.trailCountLabel = QLabel(self.trailTab)
        self.trailCountLabel.setObjectName(u"trailCountLabel")

        self.trailButtons.addWidget(self.trailCountLabel)

        self.trailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trailButtons.addItem(self.trailSpacer)

        self.accessButton = QPushButton(self.trailTab)
        self.accessButton.setObjectName(u"accessButton")

        self.trailButtons.addWidget(self.accessButton)


        self.trailLayout.addLayout(self.trailButtons)

        self.tabs.addTab(self.trailTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.pupilLabel.setBuddy(self.pupilCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrivacyPage)
    # setupUi

    def retranslateUi(self, PrivacyPage):
        self.titleLabel.setText(QCoreApplication.translate("PrivacyPage", u"Privacy en veiligheid", None))
        self.idleLabel.setText(QCoreApplication.translate("PrivacyPage", u"Vergrendelen na", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("PrivacyPage", u" minuten zonder activiteit", None))
        self.idleHintLabel.setText(QCoreApplication.translate("PrivacyPage", u"Het programma vergrendelt ook wanneer het scherm vergrendelt of je van gebruiker wisselt (waar het besturingssysteem dat meldt).", None))
        self.passphraseBox.setTitle(QCoreApplication.translate("PrivacyPage", u"Opstartwachtwoord (voor gedeelde laptops)", None))
        self.passphraseStatusLabel.setText("")
        self.setPassphraseButton.setText(QCoreApplication.translate("PrivacyPage", u"Wachtwoord &instellen\u2026", None))
        self.removePassphraseButton.setText(QCoreApplication.translate("PrivacyPage", u"Wachtwoord &verwijderen\u2026", None))
        self.keyBox.setTitle(QCoreApplication.translate("PrivacyPage", u"Databasesleutel", None))
        self.keyHintLabel.setText(QCoreApplication.translate("PrivacyPage", u"Denk je dat iemand je herstelsleutel zag, of ging een laptop verloren met een kopie? Versleutel de database dan met een nieuwe sleutel. Je krijgt een nieuwe herstelsleutel; de oude werkt daarna niet meer.", None))
        self.rotateKeyButton.setText(QCoreApplication.translate("PrivacyPage", u"&Nieuwe sleutel maken\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("PrivacyPage", u"B&eveiliging", None))
        self.backupStatusLabel.setText("")
        self.backupHintLabel.setText(QCoreApplication.translate("PrivacyPage", u"Een reservekopie is versleuteld met dezelfde sleutel als de database: ze opent alleen op deze computer of met je herstelsleutel. Bewaar ze op een USB-stick of netwerkschijf, niet alleen op deze laptop.", None))
        self.backupButton.setText(QCoreApplication.translate("PrivacyPage", u"Reservekopie &maken\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("PrivacyPage", u"Reservekopie &terugzetten\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("PrivacyPage", u"&Reservekopie", None))
        self.retentionLabel.setText(QCoreApplication.translate("PrivacyPage", u"Dossiers wissen", None))
        self.retentionSpin.setSuffix(QCoreApplication.translate("PrivacyPage", u" schooljaar na het vertrek", None))
        self.retentionStatusLabel.setText("")
        ___qtablewidgetitem = self.leaversTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PrivacyPage", u"Leerling", None))
        ___qtablewidgetitem1 = self.leaversTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PrivacyPage", u"Code", None))
        ___qtablewidgetitem2 = self.leaversTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PrivacyPage", u"Vertrokken op", None))
        ___qtablewidgetitem3 = self.leaversTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PrivacyPage", u"Gegevens", None))
#if QT_CONFIG(accessibility)
        self.leaversTable.setAccessibleName(QCoreApplication.translate("PrivacyPage", u"Vertrokken leerlingen", None))
#endif // QT_CONFIG(accessibility)
        self.purgeButton.setText(QCoreApplication.translate("PrivacyPage", u"Deze dossiers &wissen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.retentionTab), QCoreApplication.translate("PrivacyPage", u"Be&waartermijn", None))
        self.chainLabel.setText("")
        self.proofLabel.setText("")
        self.pupilLabel.setText(QCoreApplication.translate("PrivacyPage", u"Leer&ling", None))
#if QT_CONFIG(tooltip)
        self.pupilCombo.setToolTip(QCoreApplication.translate("PrivacyPage", u"Typ een deel van de naam, de code of het stamboeknummer; vertrokken leerlingen staan er ook in", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pupilCombo.setAccessibleName(QCoreApplication.translate("PrivacyPage", u"Leerling", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("PrivacyPage", u"&van", None))
        self.untilLabel.setText(QCoreApplication.translate("PrivacyPage", u"t&ot", None))
        ___qtablewidgetitem4 = self.trailTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PrivacyPage", u"Wanneer", None))
        ___qtablewidgetitem5 = self.trailTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PrivacyPage", u"Gebruiker", None))
        ___qtablewidgetitem6 = self.trailTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PrivacyPage", u"Wat er gebeurde", None))
        ___qtablewidgetitem7 = self.trailTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PrivacyPage", u"Leerling", None))
        ___qtablewidgetitem8 = self.trailTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("PrivacyPage", u"Toelichting", None))
#if QT_CONFIG(accessibility)
        self.trailTable.setAccessibleName(QCoreApplication.translate("PrivacyPage", u"Logboek", None))
#endif // QT_CONFIG(accessibility)
        self.trailCountLabel.setText("")
        self.accessButton.setText(QCoreApplication.translate("PrivacyPage", u"&Inzage: alles over deze leerling bewaren\u2026", None))
#if QT_CONFIG(tooltip)
        self.accessButton.setToolTip(QCoreApplication.translate("PrivacyPage", u"Voor een leerling of ouder die vraagt wat er bewaard wordt: PDF en JSON, vertrouwelijke onderdelen gemarkeerd", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.trailTab), QCoreApplication.translate("PrivacyPage", u"&Logboek en inzage", None))
        pass
    # retranslateUi

