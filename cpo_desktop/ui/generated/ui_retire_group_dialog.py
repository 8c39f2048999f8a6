# Generated from forms/retire_group_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retire_group_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_RetireGroupDialog(object):
    def setupUi(self, RetireGroupDialog):
        if not RetireGroupDialog.objectName():
            RetireGroupDialog.setObjectName(u"RetireGroupDialog")
        RetireGroupDialog.resize(480, 200)
        self.layout = QVBoxLayout(RetireGroupDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RetireGroupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateEditLabel = QLabel(RetireGroupDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(RetireGroupDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RetireGroupDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RetireGroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetireGroupDialog)
        self.buttonBox.accepted.connect(RetireGroupDialog.accept)
        self.buttonBox.rejected.connect(RetireGroupDialog.reject)
    # setupUi

    def retranslateUi(self, RetireGroupDialog):
        RetireGroupDialog.setWindowTitle(QCoreApplication.translate("RetireGroupDialog", u"Retire a Priority", None))
        self.dateEditLabel.setText(QCoreApplication.translate("RetireGroupDialog", u"&Retire on:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RetireGroupDialog", u"dd/MM/yyyy", None))
    # retranslateUi

