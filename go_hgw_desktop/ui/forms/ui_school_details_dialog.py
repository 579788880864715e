# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_details_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from go_hgw_desktop.ui.views.record_list import RecordListView

class Ui_SchoolDetailsDialog(object):
    def setupUi(self, SchoolDetailsDialog):
        if not SchoolDetailsDialog.objectName():
            SchoolDetailsDialog.setObjectName(u"SchoolDetailsDialog")
        SchoolDetailsDialog.resize(1040, 600)
        self.layout = QVBoxLayout(SchoolDetailsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SchoolDetailsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.schoolBox = QGroupBox(SchoolDetailsDialog)
        self.schoolBox.setObjectName(u"schoolBox")
        self.schoolForm = QFormLayout(self.schoolBox)
        self.schoolForm.setObjectName(u"schoolForm")
        self.nameLabel = QLabel(self.schoolBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.schoolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.schoolBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.schoolForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.numberLabel = QLabel(self.schoolBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.schoolForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.schoolBox)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(20)

        self.schoolForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.scholengroepLabel = QLabel(self.schoolBox)
        self.scholengroepLabel.setObjectName(u"scholengroepLabel")

        self.schoolForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scholengroepLabel)

        self.scholengroepEdit = QLineEdit(self.schoolBox)
        self.scholengroepEdit.setObjectName(u"scholengroepEdit")
        self.scholengroepEdit.setMaxLength(200)

        self.schoolForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scholengroepEdit)

        self.clbLabel = QLabel(self.schoolBox)
        self.clbLabel.setObjectName(u"clbLabel")

        self.schoolForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clbLabel)

        self.clbEdit = QLineEdit(self.schoolBox)
        self.clbEdit.setObjectName(u"clbEdit")
        self.clbEdit.setMaxLength(200)

        self.schoolForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clbEdit)

        self.lscLabel = QLabel(self.schoolBox)
        self.lscLabel.setObjectName(u"lscLabel")

        self.schoolForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lscLabel)

        self.lscEdit = QLineEdit(self.schoolBox)
        self.lscEdit.setObjectName(u"lscEdit")
        self.lscEdit.setMaxLength(200)

        self.schoolForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lscEdit)

        self.signaturesCheck = QCheckBox(self.schoolBox)
        self.signaturesCheck.setObjectName(u"signaturesCheck")

        self.schoolForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.signaturesCheck)


        self.leftColumn.addWidget(self.schoolBox)

        self.classBox = QGroupBox(SchoolDetailsDialog)
        self.classBox.setObjectName(u"classBox")
        self.classBoxLayout = QVBoxLayout(self.classBox)
        self.classBoxLayout.setObjectName(u"classBoxLayout")
        self.classHintLabel = QLabel(self.classBox)
        self.classHintLabel.setObjectName(u"classHintLabel")
        self.classHintLabel.setWordWrap(True)

        self.classBoxLayout.addWidget(self.classHintLabel)

        self.classTable = QTableWidget(self.classBox)
        if (self.classTable.columnCount() < 2):
            self.classTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.classTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.classTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.classTable.setObjectName(u"classTable")
        self.classTable.setColumnCount(2)
        self.classTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.classTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.classTable.horizontalHeader().setStretchLastSection(True)
        self.classTable.verticalHeader().setVisible(False)

        self.classBoxLayout.addWidget(self.classTable)


        self.leftColumn.addWidget(self.classBox)

        self.leftColumn.setStretch(1, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.staffList = RecordListView(SchoolDetailsDialog)
        self.staffList.setObjectName(u"staffList")

        self.rightColumn.addWidget(self.staffList)

        self.staffHintLabel = QLabel(SchoolDetailsDialog)
        self.staffHintLabel.setObjectName(u"staffHintLabel")
        self.staffHintLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.staffHintLabel)

        self.rightColumn.setStretch(0, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(SchoolDetailsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.scholengroepLabel.setBuddy(self.scholengroepEdit)
        self.clbLabel.setBuddy(self.clbEdit)
        self.lscLabel.setBuddy(self.lscEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.scholengroepEdit)
        QWidget.setTabOrder(self.scholengroepEdit, self.clbEdit)
        QWidget.setTabOrder(self.clbEdit, self.lscEdit)
        QWidget.setTabOrder(self.lscEdit, self.classTable)

        self.retranslateUi(SchoolDetailsDialog)
    # setupUi

    def retranslateUi(self, SchoolDetailsDialog):
        SchoolDetailsDialog.setWindowTitle(QCoreApplication.translate("SchoolDetailsDialog", u"Schoolgegevens", None))
        self.introLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"De gegevens van je school. Het instellingsnummer en de scholengroep komen op de schoolfoto; de namen van het personeel blijven in de beveiligde database en komen nooit op een schoolfoto.", None))
        self.schoolBox.setTitle(QCoreApplication.translate("SchoolDetailsDialog", u"School", None))
        self.nameLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&Naam:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SchoolDetailsDialog", u"bv. GO! Basisschool De Vlinder", None))
        self.numberLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&Instellingsnummer:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("SchoolDetailsDialog", u"bv. 123456", None))
        self.scholengroepLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&Scholengroep:", None))
        self.scholengroepEdit.setPlaceholderText(QCoreApplication.translate("SchoolDetailsDialog", u"bv. GO! Scholengroep Stroom", None))
        self.clbLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&CLB:", None))
        self.clbEdit.setPlaceholderText(QCoreApplication.translate("SchoolDetailsDialog", u"bv. GO! CLB Gent", None))
        self.lscLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&Leersteuncentrum:", None))
        self.lscEdit.setPlaceholderText(QCoreApplication.translate("SchoolDetailsDialog", u"bv. Leersteuncentrum Oost-Vlaanderen", None))
        self.signaturesCheck.setText(QCoreApplication.translate("SchoolDetailsDialog", u"&Ruimte om te tekenen op het afgedrukte plan", None))
#if QT_CONFIG(tooltip)
        self.signaturesCheck.setToolTip(QCoreApplication.translate("SchoolDetailsDialog", u"Voor scholen die het plan laten ondertekenen: onderaan komen vakken voor de ouders, de leerling en de school.", None))
#endif // QT_CONFIG(tooltip)
        self.classBox.setTitle(QCoreApplication.translate("SchoolDetailsDialog", u"Klasleraars", None))
        self.classHintLabel.setText("")
        ___qtablewidgetitem = self.classTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SchoolDetailsDialog", u"Klas", None))
        ___qtablewidgetitem1 = self.classTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SchoolDetailsDialog", u"Klasleraar", None))
        self.staffHintLabel.setText(QCoreApplication.translate("SchoolDetailsDialog", u"Wie in deze lijst staat, kun je kiezen bij \u2018Wie\u2019 van een afspraak of een maatregel. Wijzigingen in de personeelslijst worden meteen bewaard. Ouders en leerlingen horen hier niet: hun namen zouden tonen over welke leerling een afspraak gaat.", None))
    # retranslateUi

