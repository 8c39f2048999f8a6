# Generated from forms/commitment_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CommitmentDialog(object):
    def setupUi(self, CommitmentDialog):
        if not CommitmentDialog.objectName():
            CommitmentDialog.setObjectName(u"CommitmentDialog")
        CommitmentDialog.resize(560, 360)
        self.layout = QVBoxLayout(CommitmentDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(CommitmentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.textEditLabel = QLabel(CommitmentDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(CommitmentDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.ownerRoleEditLabel = QLabel(CommitmentDialog)
        self.ownerRoleEditLabel.setObjectName(u"ownerRoleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerRoleEditLabel)

        self.ownerRoleEdit = QLineEdit(CommitmentDialog)
        self.ownerRoleEdit.setObjectName(u"ownerRoleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerRoleEdit)

        self.ownerPersonComboLabel = QLabel(CommitmentDialog)
        self.ownerPersonComboLabel.setObjectName(u"ownerPersonComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerPersonComboLabel)

        self.ownerPersonCombo = QComboBox(CommitmentDialog)
        self.ownerPersonCombo.setObjectName(u"ownerPersonCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerPersonCombo)

        self.dueCheck = QCheckBox(CommitmentDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueCheck)

        self.dueEditLabel = QLabel(CommitmentDialog)
        self.dueEditLabel.setObjectName(u"dueEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueEditLabel)

        self.dueEdit = QDateEdit(CommitmentDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(CommitmentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CommitmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textEditLabel.setBuddy(self.textEdit)
        self.ownerRoleEditLabel.setBuddy(self.ownerRoleEdit)
        self.ownerPersonComboLabel.setBuddy(self.ownerPersonCombo)
        self.dueEditLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.ownerRoleEdit)
        QWidget.setTabOrder(self.ownerRoleEdit, self.ownerPersonCombo)
        QWidget.setTabOrder(self.ownerPersonCombo, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)

        self.retranslateUi(CommitmentDialog)
        self.buttonBox.accepted.connect(CommitmentDialog.accept)
        self.buttonBox.rejected.connect(CommitmentDialog.reject)
    # setupUi

    def retranslateUi(self, CommitmentDialog):
        CommitmentDialog.setWindowTitle(QCoreApplication.translate("CommitmentDialog", u"Commitment", None))
        self.textEditLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&We will:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"what the working group will do", None))
        self.ownerRoleEditLabel.setText(QCoreApplication.translate("CommitmentDialog", u"&Owner's role:", None))
        self.ownerRoleEdit.setPlaceholderText(QCoreApplication.translate("CommitmentDialog", u"a role, or choose a person below", None))
        self.ownerPersonComboLabel.setText(QCoreApplication.translate("CommitmentDialog", u"Owner (&person):", None))
        self.dueCheck.setText(QCoreApplication.translate("CommitmentDialog", u"It has a &due date", None))
        self.dueEditLabel.setText(QCoreApplication.translate("CommitmentDialog", u"D&ue:", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("CommitmentDialog", u"dd/MM/yyyy", None))
    # retranslateUi

