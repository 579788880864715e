# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(600, 330)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.schoolNameLabel = QLabel(FirstRunDialog)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolNameLabel)

        self.schoolNameEdit = QLineEdit(FirstRunDialog)
        self.schoolNameEdit.setObjectName(u"schoolNameEdit")
        self.schoolNameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolNameEdit)


        self.layout.addLayout(self.formLayout)

        self.passphraseCheck = QCheckBox(FirstRunDialog)
        self.passphraseCheck.setObjectName(u"passphraseCheck")

        self.layout.addWidget(self.passphraseCheck)

        self.passphraseLabel = QLabel(FirstRunDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")
        self.passphraseLabel.setWordWrap(True)

        self.layout.addWidget(self.passphraseLabel)

        self.locationLabel = QLabel(FirstRunDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.locationLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolNameLabel.setBuddy(self.schoolNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welkom bij GO! HGW Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welkom bij GO! HGW Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Je gegevens worden versleuteld bewaard op deze computer. De sleutel staat in de sleutelbewaarplaats van je account. Je krijgt zo meteen een herstelsleutel: schrijf die over of druk hem af.", None))
        self.schoolNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Naam van de &school", None))
        self.schoolNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"bv. GO! Basisschool De Linde", None))
        self.passphraseCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Ook een &opstartwachtwoord instellen (aangeraden op een gedeelde laptop of een laptop die ICT beheert)", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Zonder opstartwachtwoord opent iedereen die als jou aangemeld is de database, en kan een domeinbeheerder van de school de sleutel uit de sleutelbewaarplaats halen. Met een wachtwoord staat daar alleen de vergrendelde sleutel. Je kunt het ook later instellen bij Privacy.", None))
        self.locationLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Map", None))
    # retranslateUi

