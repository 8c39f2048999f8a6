# Generated from forms/group_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(560, 420)
        self.layout = QVBoxLayout(GroupDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(GroupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleEditLabel = QLabel(GroupDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(GroupDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionEditLabel = QLabel(GroupDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(GroupDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.workingGroupCheck = QCheckBox(GroupDialog)
        self.workingGroupCheck.setObjectName(u"workingGroupCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.workingGroupCheck)

        self.chairKindComboLabel = QLabel(GroupDialog)
        self.chairKindComboLabel.setObjectName(u"chairKindComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chairKindComboLabel)

        self.chairKindCombo = QComboBox(GroupDialog)
        self.chairKindCombo.setObjectName(u"chairKindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chairKindCombo)

        self.chairComboLabel = QLabel(GroupDialog)
        self.chairComboLabel.setObjectName(u"chairComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chairComboLabel)

        self.chairCombo = QComboBox(GroupDialog)
        self.chairCombo.setObjectName(u"chairCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chairCombo)

        self.chairRoleEditLabel = QLabel(GroupDialog)
        self.chairRoleEditLabel.setObjectName(u"chairRoleEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chairRoleEditLabel)

        self.chairRoleEdit = QLineEdit(GroupDialog)
        self.chairRoleEdit.setObjectName(u"chairRoleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chairRoleEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(GroupDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.chairKindComboLabel.setBuddy(self.chairKindCombo)
        self.chairComboLabel.setBuddy(self.chairCombo)
        self.chairRoleEditLabel.setBuddy(self.chairRoleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.workingGroupCheck)
        QWidget.setTabOrder(self.workingGroupCheck, self.chairKindCombo)
        QWidget.setTabOrder(self.chairKindCombo, self.chairCombo)
        QWidget.setTabOrder(self.chairCombo, self.chairRoleEdit)

        self.retranslateUi(GroupDialog)
        self.buttonBox.accepted.connect(GroupDialog.accept)
        self.buttonBox.rejected.connect(GroupDialog.reject)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Priority and Working Group", None))
        self.titleEditLabel.setText(QCoreApplication.translate("GroupDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"the priority, as the strategy names it", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("GroupDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"what the strategy says of it", None))
        self.workingGroupCheck.setText(QCoreApplication.translate("GroupDialog", u"It has a &working group that reports to the board", None))
        self.chairKindComboLabel.setText(QCoreApplication.translate("GroupDialog", u"&Chair is:", None))
        self.chairComboLabel.setText(QCoreApplication.translate("GroupDialog", u"C&hair:", None))
        self.chairRoleEditLabel.setText(QCoreApplication.translate("GroupDialog", u"Chair's &role as written:", None))
        self.chairRoleEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. Service Manager, Fostering & Adoption", None))
    # retranslateUi

