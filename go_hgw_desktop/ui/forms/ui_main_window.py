# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QToolBar, QVBoxLayout,
    QWidget)

from go_hgw_desktop.ui.views.click_label import ClickLabel

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionSchoolDetails = QAction(MainWindow)
        self.actionSchoolDetails.setObjectName(u"actionSchoolDetails")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionManual = QAction(MainWindow)
        self.actionManual.setObjectName(u"actionManual")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.schoolLabel = ClickLabel(self.contentPage)
        self.schoolLabel.setObjectName(u"schoolLabel")
        self.schoolLabel.setTextFormat(Qt.PlainText)

        self.headerLayout.addWidget(self.schoolLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.schoolYearLabel = QLabel(self.contentPage)
        self.schoolYearLabel.setObjectName(u"schoolYearLabel")

        self.headerLayout.addWidget(self.schoolYearLabel)

        self.schoolYearCombo = QComboBox(self.contentPage)
        self.schoolYearCombo.setObjectName(u"schoolYearCombo")
        self.schoolYearCombo.setMinimumContentsLength(9)

        self.headerLayout.addWidget(self.schoolYearCombo)


        self.contentLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.navList = QListWidget(self.contentPage)
        self.navList.setObjectName(u"navList")
        self.navList.setMaximumWidth(190)
        self.navList.setMinimumWidth(170)
        self.navList.setIconSize(QSize(24, 24))
        self.navList.setSpacing(2)

        self.bodyLayout.addWidget(self.navList)

        self.sectionStack = QStackedWidget(self.contentPage)
        self.sectionStack.setObjectName(u"sectionStack")

        self.bodyLayout.addWidget(self.sectionStack)


        self.contentLayout.addLayout(self.bodyLayout)

        self.pages.addWidget(self.contentPage)
        self.lockedPage = QWidget()
        self.lockedPage.setObjectName(u"lockedPage")
        self.lockedLayout = QVBoxLayout(self.lockedPage)
        self.lockedLayout.setObjectName(u"lockedLayout")
        self.lockedTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockedLayout.addItem(self.lockedTopSpacer)

        self.lockedLabel = QLabel(self.lockedPage)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setAlignment(Qt.AlignCenter)
        self.lockedLabel.setWordWrap(True)

        self.lockedLayout.addWidget(self.lockedLabel)

        self.unlockLayout = QHBoxLayout()
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.unlockLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockLayout.addItem(self.unlockLeftSpacer)

        self.unlockButton = QPushButton(self.lockedPage)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setAutoDefault(True)

        self.unlockLayout.addWidget(self.unlockButton)

        self.unlockRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockLayout.addItem(self.unlockRightSpacer)


        self.lockedLayout.addLayout(self.unlockLayout)

        self.lockedBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockedLayout.addItem(self.lockedBottomSpacer)

        self.pages.addWidget(self.lockedPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.schoolYearLabel.setBuddy(self.schoolYearCombo)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionSchoolDetails)
        self.fileMenu.addAction(self.actionBackup)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionLock)
        self.fileMenu.addAction(self.actionQuit)
        self.helpMenu.addAction(self.actionManual)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionLock)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"GO! HGW Desktop", None))
        self.actionSchoolDetails.setText(QCoreApplication.translate("MainWindow", u"&Schoolgegevens\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSchoolDetails.setToolTip(QCoreApplication.translate("MainWindow", u"Naam, instellingsnummer, scholengroep, CLB, leersteuncentrum, personeel en klasleraars", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Reservekopie maken\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Een versleutelde, gecontroleerde kopie van de database, bv. op een USB-stick", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionManual.setText(QCoreApplication.translate("MainWindow", u"&Handleiding", None))
#if QT_CONFIG(tooltip)
        self.actionManual.setToolTip(QCoreApplication.translate("MainWindow", u"Uitleg bij het scherm dat je ziet (F1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionManual.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Over GO! HGW Desktop", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Vergrendelen", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Sluit de database en verberg alle gegevens (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.schoolLabel.setText(QCoreApplication.translate("MainWindow", u"School", None))
#if QT_CONFIG(tooltip)
        self.schoolLabel.setToolTip(QCoreApplication.translate("MainWindow", u"Schoolgegevens bekijken of wijzigen", None))
#endif // QT_CONFIG(tooltip)
        self.schoolYearLabel.setText(QCoreApplication.translate("MainWindow", u"&Schooljaar", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Onderdelen", None))
#endif // QT_CONFIG(accessibility)
        self.lockedLabel.setText(QCoreApplication.translate("MainWindow", u"GO! HGW Desktop is vergrendeld. De gegevens zijn afgesloten en niet zichtbaar.\n"
"\n"
"Met een opstartwachtwoord (Privacy) vraagt ontgrendelen dat wachtwoord; zonder kan iedereen die onder jouw account aan deze computer zit, ontgrendelen.", None))
        self.unlockButton.setText(QCoreApplication.translate("MainWindow", u"&Ontgrendelen", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Werkbalk", None))
    # retranslateUi

