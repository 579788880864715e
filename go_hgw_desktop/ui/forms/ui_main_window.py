# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.mainLayout = QVBoxLayout(self.contentPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.schoolLabel = QLabel(self.contentPage)
        self.schoolLabel.setObjectName(u"schoolLabel")
        self.schoolLabel.setTextFormat(Qt.PlainText)

        self.headerLayout.addWidget(self.schoolLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.schoolYearLabel = QLabel(self.contentPage)
        self.schoolYearLabel.setObjectName(u"schoolYearLabel")

        self.headerLayout.addWidget(self.schoolYearLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.searchEdit = QLineEdit(self.contentPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.searchEdit)

        self.listStack = QStackedWidget(self.contentPage)
        self.listStack.setObjectName(u"listStack")
        self.pupilTable = QTableView()
        self.pupilTable.setObjectName(u"pupilTable")
        self.pupilTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pupilTable.setAlternatingRowColors(True)
        self.pupilTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pupilTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pupilTable.setSortingEnabled(True)
        self.listStack.addWidget(self.pupilTable)
        self.pupilTable.horizontalHeader().setStretchLastSection(True)
        self.pupilTable.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.listStack.addWidget(self.emptyLabel)

        self.mainLayout.addWidget(self.listStack)

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

        self.unlockLayout.addWidget(self.unlockButton)

        self.unlockRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockLayout.addItem(self.unlockRightSpacer)


        self.lockedLayout.addLayout(self.unlockLayout)

        self.lockedBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockedLayout.addItem(self.lockedBottomSpacer)

        self.pages.addWidget(self.lockedPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.toolBar.addAction(self.actionLock)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"GO! HGW Desktop", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"Vergrendelen", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Sluit de database en verberg alle gegevens (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"Zoeken", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.schoolLabel.setText(QCoreApplication.translate("MainWindow", u"School", None))
        self.schoolYearLabel.setText(QCoreApplication.translate("MainWindow", u"Schooljaar", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Zoek op naam of leerlingcode (Ctrl+F)", None))
        self.emptyLabel.setText(QCoreApplication.translate("MainWindow", u"Nog geen leerlingen.", None))
        self.lockedLabel.setText(QCoreApplication.translate("MainWindow", u"GO! HGW Desktop is vergrendeld. De gegevens zijn afgesloten en niet zichtbaar.", None))
        self.unlockButton.setText(QCoreApplication.translate("MainWindow", u"&Ontgrendelen", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Werkbalk", None))
    # retranslateUi

