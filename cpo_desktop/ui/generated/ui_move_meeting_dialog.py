# Generated from forms/move_meeting_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_MoveMeetingDialog(object):
    def setupUi(self, MoveMeetingDialog):
        if not MoveMeetingDialog.objectName():
            MoveMeetingDialog.setObjectName(u"MoveMeetingDialog")
        MoveMeetingDialog.resize(480, 260)
        self.layout = QVBoxLayout(MoveMeetingDialog)
        self.layout.setObjectName(u"layout")
        self.meetingLabel = QLabel(MoveMeetingDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setTextFormat(Qt.TextFormat.RichText)
        self.meetingLabel.setWordWrap(True)

        self.layout.addWidget(self.meetingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MoveMeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(MoveMeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.weekdayLabel = QLabel(MoveMeetingDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.dateLayout.addWidget(self.weekdayLabel)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.timeLabel = QLabel(MoveMeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(MoveMeetingDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        sizePolicy.setHeightForWidth(self.timeEdit.sizePolicy().hasHeightForWidth())
        self.timeEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.reasonLabel = QLabel(MoveMeetingDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(MoveMeetingDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.formLayout)

        self.warningLabel = QLabel(MoveMeetingDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.problemLabel = QLabel(MoveMeetingDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MoveMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.reasonEdit)

        self.retranslateUi(MoveMeetingDialog)
        self.buttonBox.accepted.connect(MoveMeetingDialog.accept)
        self.buttonBox.rejected.connect(MoveMeetingDialog.reject)
    # setupUi

    def retranslateUi(self, MoveMeetingDialog):
        MoveMeetingDialog.setWindowTitle(QCoreApplication.translate("MoveMeetingDialog", u"Move or Postpone a Meeting", None))
        self.dateLabel.setText(QCoreApplication.translate("MoveMeetingDialog", u"New &date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MoveMeetingDialog", u"dd/MM/yyyy", None))
        self.timeLabel.setText(QCoreApplication.translate("MoveMeetingDialog", u"New &time:", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("MoveMeetingDialog", u"HH:mm", None))
        self.reasonLabel.setText(QCoreApplication.translate("MoveMeetingDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MoveMeetingDialog", u"Optional, e.g. clashes with Full Council", None))
    # retranslateUi

