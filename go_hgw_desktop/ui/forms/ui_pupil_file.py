# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pupil_file.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

class Ui_PupilFile(object):
    def setupUi(self, PupilFile):
        if not PupilFile.objectName():
            PupilFile.setObjectName(u"PupilFile")
        PupilFile.resize(1180, 760)
        self.layout = QVBoxLayout(PupilFile)
        self.layout.setObjectName(u"layout")
        self.identityLayout = QHBoxLayout()
        self.identityLayout.setObjectName(u"identityLayout")
        self.nameLabel = QLabel(PupilFile)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(False)

        self.identityLayout.addWidget(self.nameLabel)

        self.codeLabel = QLabel(PupilFile)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setWordWrap(False)

        self.identityLayout.addWidget(self.codeLabel)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityLayout.addItem(self.identitySpacer)

        self.editIdentityButton = QPushButton(PupilFile)
        self.editIdentityButton.setObjectName(u"editIdentityButton")

        self.identityLayout.addWidget(self.editIdentityButton)


        self.layout.addLayout(self.identityLayout)

        self.detailsLabel = QLabel(PupilFile)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)

        self.layout.addWidget(self.detailsLabel)

        self.splitter = QSplitter(PupilFile)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.trajectoryPane = QWidget(self.splitter)
        self.trajectoryPane.setObjectName(u"trajectoryPane")
        self.trajectoryPaneLayout = QVBoxLayout(self.trajectoryPane)
        self.trajectoryPaneLayout.setObjectName(u"trajectoryPaneLayout")
        self.trajectoryPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.trajectoriesLabel = QLabel(self.trajectoryPane)
        self.trajectoriesLabel.setObjectName(u"trajectoriesLabel")
        self.trajectoriesLabel.setWordWrap(False)

        self.trajectoryPaneLayout.addWidget(self.trajectoriesLabel)

        self.trajectoryList = QListWidget(self.trajectoryPane)
        self.trajectoryList.setObjectName(u"trajectoryList")

        self.trajectoryPaneLayout.addWidget(self.trajectoryList)

        self.newTrajectoryButton = QPushButton(self.trajectoryPane)
        self.newTrajectoryButton.setObjectName(u"newTrajectoryButton")

        self.trajectoryPaneLayout.addWidget(self.newTrajectoryButton)

        self.splitter.addWidget(self.trajectoryPane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.noTrajectoryLabel = QLabel()
        self.noTrajectoryLabel.setObjectName(u"noTrajectoryLabel")
        self.noTrajectoryLabel.setAlignment(Qt.AlignCenter)
        self.noTrajectoryLabel.setWordWrap(True)
        self.detailStack.addWidget(self.noTrajectoryLabel)
        self.trajectoryHost = QWidget()
        self.trajectoryHost.setObjectName(u"trajectoryHost")
        self.trajectoryHostLayout = QVBoxLayout(self.trajectoryHost)
        self.trajectoryHostLayout.setObjectName(u"trajectoryHostLayout")
        self.trajectoryHostLayout.setContentsMargins(0, 0, 0, 0)
        self.detailStack.addWidget(self.trajectoryHost)
        self.splitter.addWidget(self.detailStack)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)

        self.retranslateUi(PupilFile)
    # setupUi

    def retranslateUi(self, PupilFile):
        PupilFile.setWindowTitle(QCoreApplication.translate("PupilFile", u"Leerlingendossier", None))
        self.nameLabel.setText(QCoreApplication.translate("PupilFile", u"Naam", None))
        self.codeLabel.setText("")
        self.editIdentityButton.setText(QCoreApplication.translate("PupilFile", u"&Gegevens bewerken\u2026", None))
        self.detailsLabel.setText("")
        self.trajectoriesLabel.setText(QCoreApplication.translate("PupilFile", u"Trajecten", None))
#if QT_CONFIG(accessibility)
        self.trajectoryList.setAccessibleName(QCoreApplication.translate("PupilFile", u"Trajecten", None))
#endif // QT_CONFIG(accessibility)
        self.newTrajectoryButton.setText(QCoreApplication.translate("PupilFile", u"Nieuw &traject\u2026", None))
#if QT_CONFIG(tooltip)
        self.newTrajectoryButton.setToolTip(QCoreApplication.translate("PupilFile", u"Ctrl+T", None))
#endif // QT_CONFIG(tooltip)
        self.noTrajectoryLabel.setText(QCoreApplication.translate("PupilFile", u"Nog geen traject voor deze leerling.", None))
    # retranslateUi

