# Generated from forms/closing_time_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closing_time_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_ClosingTimeDialog(object):
    def setupUi(self, ClosingTimeDialog):
        if not ClosingTimeDialog.objectName():
            ClosingTimeDialog.setObjectName(u"ClosingTimeDialog")
        ClosingTimeDialog.resize(460, 220)
        self.layout = QVBoxLayout(ClosingTimeDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ClosingTimeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.closedAtLabel = QLabel(ClosingTimeDialog)
        self.closedAtLabel.setObjectName(u"closedAtLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedAtLabel)

        self.closedAtEdit = QTimeEdit(ClosingTimeDialog)
        self.closedAtEdit.setObjectName(u"closedAtEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedAtEdit)

        self.notRecordedCheck = QCheckBox(ClosingTimeDialog)
        self.notRecordedCheck.setObjectName(u"notRecordedCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notRecordedCheck)


        self.layout.addLayout(self.formLayout)

        self.previewLabel = QLabel(ClosingTimeDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.previewLabel)

        self.problemLabel = QLabel(ClosingTimeDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ClosingTimeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.closedAtLabel.setBuddy(self.closedAtEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.closedAtEdit, self.notRecordedCheck)

        self.retranslateUi(ClosingTimeDialog)
        self.buttonBox.accepted.connect(ClosingTimeDialog.accept)
        self.buttonBox.rejected.connect(ClosingTimeDialog.reject)
    # setupUi

    def retranslateUi(self, ClosingTimeDialog):
        ClosingTimeDialog.setWindowTitle(QCoreApplication.translate("ClosingTimeDialog", u"When the Meeting Closed", None))
        self.closedAtLabel.setText(QCoreApplication.translate("ClosingTimeDialog", u"&Closed at:", None))
        self.closedAtEdit.setDisplayFormat(QCoreApplication.translate("ClosingTimeDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closedAtEdit.setAccessibleName(QCoreApplication.translate("ClosingTimeDialog", u"Time the meeting closed", None))
#endif // QT_CONFIG(accessibility)
        self.notRecordedCheck.setText(QCoreApplication.translate("ClosingTimeDialog", u"&Not recorded (the minutes say nothing about it)", None))
    # retranslateUi

