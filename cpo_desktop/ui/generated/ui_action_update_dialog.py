# Generated from forms/action_update_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_update_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActionUpdateDialog(object):
    def setupUi(self, ActionUpdateDialog):
        if not ActionUpdateDialog.objectName():
            ActionUpdateDialog.setObjectName(u"ActionUpdateDialog")
        ActionUpdateDialog.resize(500, 280)
        self.layout = QVBoxLayout(ActionUpdateDialog)
        self.layout.setObjectName(u"layout")
        self.actionLabel = QLabel(ActionUpdateDialog)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)
        self.actionLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.actionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.statusLabel = QLabel(ActionUpdateDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionUpdateDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.dateLabel = QLabel(ActionUpdateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ActionUpdateDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(ActionUpdateDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ActionUpdateDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ActionUpdateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ActionUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)

        self.retranslateUi(ActionUpdateDialog)
        self.buttonBox.accepted.connect(ActionUpdateDialog.accept)
        self.buttonBox.rejected.connect(ActionUpdateDialog.reject)
    # setupUi

    def retranslateUi(self, ActionUpdateDialog):
        ActionUpdateDialog.setWindowTitle(QCoreApplication.translate("ActionUpdateDialog", u"Update an Action", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Status:", None))
        self.dateLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ActionUpdateDialog", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Update:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ActionUpdateDialog", u"what has happened; needed to drop an action", None))
    # retranslateUi

