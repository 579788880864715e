# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_large_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryKeyLargeDialog(object):
    def setupUi(self, RecoveryKeyLargeDialog):
        if not RecoveryKeyLargeDialog.objectName():
            RecoveryKeyLargeDialog.setObjectName(u"RecoveryKeyLargeDialog")
        RecoveryKeyLargeDialog.resize(900, 540)
        self.layout = QVBoxLayout(RecoveryKeyLargeDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(RecoveryKeyLargeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.groupsWidget = QWidget(RecoveryKeyLargeDialog)
        self.groupsWidget.setObjectName(u"groupsWidget")
        self.groupsLayout = QGridLayout(self.groupsWidget)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLayout.setHorizontalSpacing(56)
        self.groupsLayout.setVerticalSpacing(4)
        self.groupsLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.groupsWidget)

        self.typingLabel = QLabel(RecoveryKeyLargeDialog)
        self.typingLabel.setObjectName(u"typingLabel")
        self.typingLabel.setWordWrap(True)

        self.layout.addWidget(self.typingLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(RecoveryKeyLargeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonLayout)


        self.retranslateUi(RecoveryKeyLargeDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecoveryKeyLargeDialog):
        RecoveryKeyLargeDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyLargeDialog", u"Herstelsleutel overschrijven", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryKeyLargeDialog", u"Schrijf de 16 groepen over, in de volgorde van de nummers. Er komen alleen de cijfers 0 tot 9 en de letters A tot F in voor: een rond teken is altijd het cijfer nul (er is geen letter O). Schrijf B en 8, D en 0 duidelijk verschillend. Lees daarna alles nog eens na.", None))
#if QT_CONFIG(accessibility)
        self.groupsWidget.setAccessibleName(QCoreApplication.translate("RecoveryKeyLargeDialog", u"Herstelsleutel in 16 groepen", None))
#endif // QT_CONFIG(accessibility)
        self.typingLabel.setText(QCoreApplication.translate("RecoveryKeyLargeDialog", u"Later typ je hem in bij \u2018Herstelsleutel invoeren\u2019; de streepjes en spaties mag je dan weglaten.", None))
        self.closeButton.setText(QCoreApplication.translate("RecoveryKeyLargeDialog", u"&Sluiten", None))
    # retranslateUi

