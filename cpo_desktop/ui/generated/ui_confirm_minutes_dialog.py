# Generated from forms/confirm_minutes_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'confirm_minutes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConfirmMinutesDialog(object):
    def setupUi(self, ConfirmMinutesDialog):
        if not ConfirmMinutesDialog.objectName():
            ConfirmMinutesDialog.setObjectName(u"ConfirmMinutesDialog")
        ConfirmMinutesDialog.resize(600, 480)
        self.layout = QVBoxLayout(ConfirmMinutesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ConfirmMinutesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.amendmentsLabel = QLabel(ConfirmMinutesDialog)
        self.amendmentsLabel.setObjectName(u"amendmentsLabel")

        self.layout.addWidget(self.amendmentsLabel)

        self.amendmentList = QListWidget(ConfirmMinutesDialog)
        self.amendmentList.setObjectName(u"amendmentList")

        self.layout.addWidget(self.amendmentList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.removeButton = QPushButton(ConfirmMinutesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.layout.addLayout(self.listButtons)

        self.addLabel = QLabel(ConfirmMinutesDialog)
        self.addLabel.setObjectName(u"addLabel")
        self.addLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.addLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.minuteLabel = QLabel(ConfirmMinutesDialog)
        self.minuteLabel.setObjectName(u"minuteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minuteLabel)

        self.minuteCombo = QComboBox(ConfirmMinutesDialog)
        self.minuteCombo.setObjectName(u"minuteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minuteCombo)

        self.wordingLabel = QLabel(ConfirmMinutesDialog)
        self.wordingLabel.setObjectName(u"wordingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wordingLabel)

        self.wordingEdit = QPlainTextEdit(ConfirmMinutesDialog)
        self.wordingEdit.setObjectName(u"wordingEdit")
        self.wordingEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wordingEdit)

        self.reasonLabel = QLabel(ConfirmMinutesDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ConfirmMinutesDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.addButtons = QHBoxLayout()
        self.addButtons.setObjectName(u"addButtons")
        self.addButton = QPushButton(ConfirmMinutesDialog)
        self.addButton.setObjectName(u"addButton")

        self.addButtons.addWidget(self.addButton)

        self.addButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtons.addItem(self.addButtonsSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.addButtons)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ConfirmMinutesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ConfirmMinutesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.minuteLabel.setBuddy(self.minuteCombo)
        self.wordingLabel.setBuddy(self.wordingEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amendmentList, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.minuteCombo)
        QWidget.setTabOrder(self.minuteCombo, self.wordingEdit)
        QWidget.setTabOrder(self.wordingEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.addButton)

        self.retranslateUi(ConfirmMinutesDialog)
        self.buttonBox.accepted.connect(ConfirmMinutesDialog.accept)
        self.buttonBox.rejected.connect(ConfirmMinutesDialog.reject)
    # setupUi

    def retranslateUi(self, ConfirmMinutesDialog):
        ConfirmMinutesDialog.setWindowTitle(QCoreApplication.translate("ConfirmMinutesDialog", u"Confirm the Minutes", None))
        self.amendmentsLabel.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"Amendments agreed at the meeting:", None))
        self.removeButton.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"&Remove Amendment", None))
        self.addLabel.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"<b>Add an amendment</b>", None))
        self.minuteLabel.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"&Minute:", None))
        self.wordingLabel.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"&New wording:", None))
        self.reasonLabel.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"&Why:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ConfirmMinutesDialog", u"what was corrected, e.g. \u201cCllr Farrell's question was about respite care\u201d", None))
        self.addButton.setText(QCoreApplication.translate("ConfirmMinutesDialog", u"&Add Amendment", None))
    # retranslateUi

