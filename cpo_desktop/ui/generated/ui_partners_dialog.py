# Generated from forms/partners_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, PartnersDialog):
        if not PartnersDialog.objectName():
            PartnersDialog.setObjectName(u"PartnersDialog")
        PartnersDialog.resize(940, 400)
        self.layout = QVBoxLayout(PartnersDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PartnersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.table = QTableView(PartnersDialog)
        self.table.setObjectName(u"table")

        self.layout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(PartnersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(PartnersDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.formerButton = QPushButton(PartnersDialog)
        self.formerButton.setObjectName(u"formerButton")

        self.buttonRow.addWidget(self.formerButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(PartnersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.formerButton)

        self.retranslateUi(PartnersDialog)
        self.buttonBox.rejected.connect(PartnersDialog.reject)
    # setupUi

    def retranslateUi(self, PartnersDialog):
        PartnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partner Boards", None))
        self.introLabel.setText(QCoreApplication.translate("PartnersDialog", u"The boards that exchange minutes with ours. A partner that no longer does is marked as former: its history stays in the register.", None))
        self.addButton.setText(QCoreApplication.translate("PartnersDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PartnersDialog", u"&Edit\u2026", None))
        self.formerButton.setText(QCoreApplication.translate("PartnersDialog", u"Mark as &Former", None))
    # retranslateUi

