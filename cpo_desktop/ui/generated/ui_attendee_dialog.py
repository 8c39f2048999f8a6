# Generated from forms/attendee_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendee_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AttendeeDialog(object):
    def setupUi(self, AttendeeDialog):
        if not AttendeeDialog.objectName():
            AttendeeDialog.setObjectName(u"AttendeeDialog")
        AttendeeDialog.resize(460, 240)
        self.layout = QVBoxLayout(AttendeeDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(AttendeeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personLabel = QLabel(AttendeeDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(AttendeeDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.memberLabel = QLabel(AttendeeDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(AttendeeDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.itemsLabel = QLabel(AttendeeDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.itemsEdit = QLineEdit(AttendeeDialog)
        self.itemsEdit.setObjectName(u"itemsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemsEdit)

        self.noteLabel = QLabel(AttendeeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(AttendeeDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(AttendeeDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AttendeeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.itemsLabel.setBuddy(self.itemsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.itemsEdit)
        QWidget.setTabOrder(self.itemsEdit, self.noteEdit)

        self.retranslateUi(AttendeeDialog)
        self.buttonBox.accepted.connect(AttendeeDialog.accept)
        self.buttonBox.rejected.connect(AttendeeDialog.reject)
    # setupUi

    def retranslateUi(self, AttendeeDialog):
        AttendeeDialog.setWindowTitle(QCoreApplication.translate("AttendeeDialog", u"Add to the Attendance", None))
        self.personLabel.setText(QCoreApplication.translate("AttendeeDialog", u"&Person:", None))
        self.memberLabel.setText(QCoreApplication.translate("AttendeeDialog", u"&In place of:", None))
        self.itemsLabel.setText(QCoreApplication.translate("AttendeeDialog", u"I&tems:", None))
        self.itemsEdit.setPlaceholderText(QCoreApplication.translate("AttendeeDialog", u"for a guest: the items they attended, e.g. 6, 7", None))
        self.noteLabel.setText(QCoreApplication.translate("AttendeeDialog", u"&Note:", None))
    # retranslateUi

