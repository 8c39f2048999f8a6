# Generated from forms/mark_sent_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mark_sent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_MarkSentDialog(object):
    def setupUi(self, MarkSentDialog):
        if not MarkSentDialog.objectName():
            MarkSentDialog.setObjectName(u"MarkSentDialog")
        MarkSentDialog.resize(480, 210)
        self.layout = QVBoxLayout(MarkSentDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(MarkSentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MarkSentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MarkSentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(MarkSentDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteLabel)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(MarkSentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MarkSentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarkSentDialog)
        self.buttonBox.accepted.connect(MarkSentDialog.accept)
        self.buttonBox.rejected.connect(MarkSentDialog.reject)
    # setupUi

    def retranslateUi(self, MarkSentDialog):
        MarkSentDialog.setWindowTitle(QCoreApplication.translate("MarkSentDialog", u"Mark Minutes as Sent", None))
        self.dateLabel.setText(QCoreApplication.translate("MarkSentDialog", u"&Sent on:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MarkSentDialog", u"dd/MM/yyyy", None))
    # retranslateUi

