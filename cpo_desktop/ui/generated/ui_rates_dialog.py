# Generated from forms/rates_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rates_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QTableView, QVBoxLayout)

class Ui_RatesDialog(object):
    def setupUi(self, RatesDialog):
        if not RatesDialog.objectName():
            RatesDialog.setObjectName(u"RatesDialog")
        RatesDialog.resize(860, 520)
        self.layout = QVBoxLayout(RatesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.table = QTableView(RatesDialog)
        self.table.setObjectName(u"table")

        self.layout.addWidget(self.table)

        self.problemLabel = QLabel(RatesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RatesDialog)
        self.buttonBox.accepted.connect(RatesDialog.accept)
        self.buttonBox.rejected.connect(RatesDialog.reject)
    # setupUi

    def retranslateUi(self, RatesDialog):
        RatesDialog.setWindowTitle(QCoreApplication.translate("RatesDialog", u"Attendance Rates", None))
    # retranslateUi

