# Generated from forms/wg_member_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wg_member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkingGroupMemberDialog(object):
    def setupUi(self, WorkingGroupMemberDialog):
        if not WorkingGroupMemberDialog.objectName():
            WorkingGroupMemberDialog.setObjectName(u"WorkingGroupMemberDialog")
        WorkingGroupMemberDialog.resize(480, 240)
        self.layout = QVBoxLayout(WorkingGroupMemberDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(WorkingGroupMemberDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personComboLabel = QLabel(WorkingGroupMemberDialog)
        self.personComboLabel.setObjectName(u"personComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personComboLabel)

        self.personCombo = QComboBox(WorkingGroupMemberDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.roleEditLabel = QLabel(WorkingGroupMemberDialog)
        self.roleEditLabel.setObjectName(u"roleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleEditLabel)

        self.roleEdit = QLineEdit(WorkingGroupMemberDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.startEditLabel = QLabel(WorkingGroupMemberDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = QDateEdit(WorkingGroupMemberDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(WorkingGroupMemberDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(WorkingGroupMemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personComboLabel.setBuddy(self.personCombo)
        self.roleEditLabel.setBuddy(self.roleEdit)
        self.startEditLabel.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.startEdit)

        self.retranslateUi(WorkingGroupMemberDialog)
        self.buttonBox.accepted.connect(WorkingGroupMemberDialog.accept)
        self.buttonBox.rejected.connect(WorkingGroupMemberDialog.reject)
    # setupUi

    def retranslateUi(self, WorkingGroupMemberDialog):
        WorkingGroupMemberDialog.setWindowTitle(QCoreApplication.translate("WorkingGroupMemberDialog", u"Add a Working Group Member", None))
        self.personComboLabel.setText(QCoreApplication.translate("WorkingGroupMemberDialog", u"&Person:", None))
        self.roleEditLabel.setText(QCoreApplication.translate("WorkingGroupMemberDialog", u"&Role:", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("WorkingGroupMemberDialog", u"e.g. Chair, Deputy, Member", None))
        self.startEditLabel.setText(QCoreApplication.translate("WorkingGroupMemberDialog", u"&From:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("WorkingGroupMemberDialog", u"dd/MM/yyyy", None))
    # retranslateUi

