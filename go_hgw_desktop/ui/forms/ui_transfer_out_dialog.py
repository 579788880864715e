# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_out_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout)

from go_hgw_desktop.ui.views.editors import DateEdit

class Ui_TransferOutDialog(object):
    def setupUi(self, TransferOutDialog):
        if not TransferOutDialog.objectName():
            TransferOutDialog.setObjectName(u"TransferOutDialog")
        TransferOutDialog.resize(760, 600)
        self.layout = QVBoxLayout(TransferOutDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TransferOutDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.toSchoolLabel = QLabel(TransferOutDialog)
        self.toSchoolLabel.setObjectName(u"toSchoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toSchoolLabel)

        self.toSchoolEdit = QLineEdit(TransferOutDialog)
        self.toSchoolEdit.setObjectName(u"toSchoolEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toSchoolEdit)

        self.informedOnLabel = QLabel(TransferOutDialog)
        self.informedOnLabel.setObjectName(u"informedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.informedOnLabel)

        self.informedOnEdit = DateEdit(TransferOutDialog)
        self.informedOnEdit.setObjectName(u"informedOnEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.informedOnEdit)

        self.inspectionLabel = QLabel(TransferOutDialog)
        self.inspectionLabel.setObjectName(u"inspectionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inspectionLabel)

        self.inspectRow = QHBoxLayout()
        self.inspectRow.setObjectName(u"inspectRow")
        self.inspectedCheck = QCheckBox(TransferOutDialog)
        self.inspectedCheck.setObjectName(u"inspectedCheck")

        self.inspectRow.addWidget(self.inspectedCheck)

        self.inspectedOnEdit = DateEdit(TransferOutDialog)
        self.inspectedOnEdit.setObjectName(u"inspectedOnEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.inspectedOnEdit.sizePolicy().hasHeightForWidth())
        self.inspectedOnEdit.setSizePolicy(sizePolicy)

        self.inspectRow.addWidget(self.inspectedOnEdit)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.inspectRow)

        self.objectionLabel = QLabel(TransferOutDialog)
        self.objectionLabel.setObjectName(u"objectionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.objectionLabel)

        self.objectionEdit = QPlainTextEdit(TransferOutDialog)
        self.objectionEdit.setObjectName(u"objectionEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.objectionEdit)


        self.layout.addLayout(self.form)

        self.partsLabel = QLabel(TransferOutDialog)
        self.partsLabel.setObjectName(u"partsLabel")
        self.partsLabel.setWordWrap(True)

        self.layout.addWidget(self.partsLabel)

        self.partsTree = QTreeWidget(TransferOutDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.partsTree.setHeaderItem(__qtreewidgetitem)
        self.partsTree.setObjectName(u"partsTree")
        self.partsTree.setMinimumSize(QSize(0, 160))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.partsTree.sizePolicy().hasHeightForWidth())
        self.partsTree.setSizePolicy(sizePolicy1)
        self.partsTree.header().setVisible(False)

        self.layout.addWidget(self.partsTree)

        self.statusLabel = QLabel(TransferOutDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(TransferOutDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.makeButton = QPushButton(TransferOutDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.buttonRow.addWidget(self.makeButton)

        self.closeButton = QPushButton(TransferOutDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.toSchoolLabel.setBuddy(self.toSchoolEdit)
        self.informedOnLabel.setBuddy(self.informedOnEdit)
        self.objectionLabel.setBuddy(self.objectionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferOutDialog)
    # setupUi

    def retranslateUi(self, TransferOutDialog):
        TransferOutDialog.setWindowTitle(QCoreApplication.translate("TransferOutDialog", u"Overdracht naar andere school", None))
        self.introLabel.setText(QCoreApplication.translate("TransferOutDialog", u"Bij een schoolverandering geef je door wat over de schoolloopbaan en de begeleiding gaat. De ouders (en de leerling vanaf 12 jaar) mogen dat eerst inzien en bezwaar maken tegen delen, behalve tegen een verslag of gemotiveerd verslag: dat gaat altijd mee. Vertrouwelijke onderdelen gaan nooit mee.", None))
        self.toSchoolLabel.setText(QCoreApplication.translate("TransferOutDialog", u"&Nieuwe school", None))
#if QT_CONFIG(accessibility)
        self.toSchoolEdit.setAccessibleName(QCoreApplication.translate("TransferOutDialog", u"Nieuwe school", None))
#endif // QT_CONFIG(accessibility)
        self.toSchoolEdit.setPlaceholderText(QCoreApplication.translate("TransferOutDialog", u"bv. GO! Basisschool De Linde (mag leeg)", None))
        self.informedOnLabel.setText(QCoreApplication.translate("TransferOutDialog", u"Ouders &ingelicht op", None))
#if QT_CONFIG(accessibility)
        self.informedOnEdit.setAccessibleName(QCoreApplication.translate("TransferOutDialog", u"Ouders ingelicht op", None))
#endif // QT_CONFIG(accessibility)
        self.inspectionLabel.setText(QCoreApplication.translate("TransferOutDialog", u"Inzage", None))
        self.inspectedCheck.setText(QCoreApplication.translate("TransferOutDialog", u"De ouders zagen de gegevens &in, op", None))
#if QT_CONFIG(accessibility)
        self.inspectedOnEdit.setAccessibleName(QCoreApplication.translate("TransferOutDialog", u"Inzage op", None))
#endif // QT_CONFIG(accessibility)
        self.objectionLabel.setText(QCoreApplication.translate("TransferOutDialog", u"&Bezwaar", None))
#if QT_CONFIG(accessibility)
        self.objectionEdit.setAccessibleName(QCoreApplication.translate("TransferOutDialog", u"Bezwaar van de ouders", None))
#endif // QT_CONFIG(accessibility)
        self.objectionEdit.setPlaceholderText(QCoreApplication.translate("TransferOutDialog", u"Waartegen maakten de ouders bezwaar? (blijft op school, gaat niet mee)", None))
        self.partsLabel.setText(QCoreApplication.translate("TransferOutDialog", u"<b>Wat gaat mee?</b> Vink uit waartegen de ouders bezwaar maakten.", None))
#if QT_CONFIG(accessibility)
        self.partsTree.setAccessibleName(QCoreApplication.translate("TransferOutDialog", u"Wat gaat mee", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("TransferOutDialog", u"Stap &bewaren", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TransferOutDialog", u"Bewaar de stap van de ouders en wat niet meegaat, zonder al iets te maken", None))
#endif // QT_CONFIG(tooltip)
        self.makeButton.setText(QCoreApplication.translate("TransferOutDialog", u"PDF en overdrachts&bestand maken\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("TransferOutDialog", u"&Sluiten", None))
    # retranslateUi

