# Generated from forms/chase_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)
class Ui_ChaseDialog(object):
    def setupUi(self, ChaseDialog):
        if not ChaseDialog.objectName():
            ChaseDialog.setObjectName(u"ChaseDialog")
        ChaseDialog.resize(1120, 440)
        self.layout = QVBoxLayout(ChaseDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ChaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.table = QTableWidget(ChaseDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.writeButton = QPushButton(ChaseDialog)
        self.writeButton.setObjectName(u"writeButton")

        self.buttonsLayout.addWidget(self.writeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ChaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(ChaseDialog)
        self.buttonBox.rejected.connect(ChaseDialog.reject)
    # setupUi

    def retranslateUi(self, ChaseDialog):
        ChaseDialog.setWindowTitle(QCoreApplication.translate("ChaseDialog", u"Papers to Chase", None))
        self.writeButton.setText(QCoreApplication.translate("ChaseDialog", u"&Write E-mail Drafts", None))
#if QT_CONFIG(tooltip)
        self.writeButton.setToolTip(QCoreApplication.translate("ChaseDialog", u"One .eml draft per author with an e-mail address, in exports/chase; nothing is sent", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

