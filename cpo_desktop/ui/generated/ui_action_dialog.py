# Generated from forms/action_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 300)
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.contextLabel = QLabel(ActionDialog)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.contextLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.descriptionLabel = QLabel(ActionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.dueLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueLayoutSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.meetingCheck = QCheckBox(ActionDialog)
        self.meetingCheck.setObjectName(u"meetingCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.meetingCheck)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.meetingCheck)

        self.retranslateUi(ActionDialog)
        self.buttonBox.accepted.connect(ActionDialog.accept)
        self.buttonBox.rejected.connect(ActionDialog.reject)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActionDialog", u"&Action:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"what is to be done", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"&Owner:", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"&Due:", None))
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"By", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd/MM/yyyy", None))
    # retranslateUi

