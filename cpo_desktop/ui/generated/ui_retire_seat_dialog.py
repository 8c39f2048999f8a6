# Generated from forms/retire_seat_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retire_seat_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_RetireSeatDialog(object):
    def setupUi(self, RetireSeatDialog):
        if not RetireSeatDialog.objectName():
            RetireSeatDialog.setObjectName(u"RetireSeatDialog")
        RetireSeatDialog.resize(480, 200)
        self.layout = QVBoxLayout(RetireSeatDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RetireSeatDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(RetireSeatDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(RetireSeatDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RetireSeatDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RetireSeatDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetireSeatDialog)
        self.buttonBox.accepted.connect(RetireSeatDialog.accept)
        self.buttonBox.rejected.connect(RetireSeatDialog.reject)
    # setupUi

    def retranslateUi(self, RetireSeatDialog):
        RetireSeatDialog.setWindowTitle(QCoreApplication.translate("RetireSeatDialog", u"Retire a Seat", None))
        self.dateLabel.setText(QCoreApplication.translate("RetireSeatDialog", u"&Retire on:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RetireSeatDialog", u"dd/MM/yyyy", None))
    # retranslateUi

