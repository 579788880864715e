# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manual_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout)

class Ui_ManualWindow(object):
    def setupUi(self, ManualWindow):
        if not ManualWindow.objectName():
            ManualWindow.setObjectName(u"ManualWindow")
        ManualWindow.resize(760, 640)
        self.layout = QVBoxLayout(ManualWindow)
        self.layout.setObjectName(u"layout")
        self.navigationRow = QHBoxLayout()
        self.navigationRow.setObjectName(u"navigationRow")
        self.backButton = QPushButton(ManualWindow)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.navigationRow.addWidget(self.backButton)

        self.contentsButton = QPushButton(ManualWindow)
        self.contentsButton.setObjectName(u"contentsButton")
        self.contentsButton.setAutoDefault(False)

        self.navigationRow.addWidget(self.contentsButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationRow.addItem(self.navigationSpacer)

        self.closeButton = QPushButton(ManualWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.navigationRow.addWidget(self.closeButton)


        self.layout.addLayout(self.navigationRow)

        self.browser = QTextBrowser(ManualWindow)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.layout.addWidget(self.browser)


        self.retranslateUi(ManualWindow)
    # setupUi

    def retranslateUi(self, ManualWindow):
        ManualWindow.setWindowTitle(QCoreApplication.translate("ManualWindow", u"Handleiding \u2013 GO! HGW Desktop", None))
        self.backButton.setText(QCoreApplication.translate("ManualWindow", u"\u25c0 &Terug", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ManualWindow", u"Vorige pagina (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.contentsButton.setText(QCoreApplication.translate("ManualWindow", u"&Inhoud", None))
#if QT_CONFIG(tooltip)
        self.contentsButton.setToolTip(QCoreApplication.translate("ManualWindow", u"Alle onderwerpen van de handleiding", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ManualWindow", u"&Sluiten", None))
    # retranslateUi

