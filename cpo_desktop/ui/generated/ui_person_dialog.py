# Generated from forms/person_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 540)
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PersonDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(30)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.firstNameLabel = QLabel(PersonDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(PersonDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.surnameLabel = QLabel(PersonDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(PersonDialog)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.preferredNameLabel = QLabel(PersonDialog)
        self.preferredNameLabel.setObjectName(u"preferredNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preferredNameLabel)

        self.preferredNameEdit = QLineEdit(PersonDialog)
        self.preferredNameEdit.setObjectName(u"preferredNameEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preferredNameEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.organisationLabel = QLabel(PersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(PersonDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.jobTitleLabel = QLabel(PersonDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(PersonDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.youngPersonCheck = QCheckBox(PersonDialog)
        self.youngPersonCheck.setObjectName(u"youngPersonCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.youngPersonCheck)

        self.consentCheck = QCheckBox(PersonDialog)
        self.consentCheck.setObjectName(u"consentCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.consentCheck)

        self.councillorCheck = QCheckBox(PersonDialog)
        self.councillorCheck.setObjectName(u"councillorCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.councillorCheck)

        self.partyLabel = QLabel(PersonDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyCombo = QComboBox(PersonDialog)
        self.partyCombo.setObjectName(u"partyCombo")
        self.partyCombo.setEditable(True)
        self.partyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.partyCombo)

        self.wardLabel = QLabel(PersonDialog)
        self.wardLabel.setObjectName(u"wardLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.wardLabel)

        self.wardEdit = QLineEdit(PersonDialog)
        self.wardEdit.setObjectName(u"wardEdit")
        self.wardEdit.setMaxLength(100)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.wardEdit)

        self.scrutinyCheck = QCheckBox(PersonDialog)
        self.scrutinyCheck.setObjectName(u"scrutinyCheck")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.scrutinyCheck)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(PersonDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.preferredNameLabel.setBuddy(self.preferredNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.partyLabel.setBuddy(self.partyCombo)
        self.wardLabel.setBuddy(self.wardEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.preferredNameEdit)
        QWidget.setTabOrder(self.preferredNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.youngPersonCheck)
        QWidget.setTabOrder(self.youngPersonCheck, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.councillorCheck)
        QWidget.setTabOrder(self.councillorCheck, self.partyCombo)
        QWidget.setTabOrder(self.partyCombo, self.wardEdit)
        QWidget.setTabOrder(self.wardEdit, self.scrutinyCheck)
        QWidget.setTabOrder(self.scrutinyCheck, self.notesEdit)

        self.retranslateUi(PersonDialog)
        self.buttonBox.accepted.connect(PersonDialog.accept)
        self.buttonBox.rejected.connect(PersonDialog.reject)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Cllr, Dr, Ms\u2026", None))
        self.firstNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&First name:", None))
        self.surnameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Surname:", None))
        self.preferredNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Preferred name:", None))
        self.preferredNameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"if different, e.g. Jo", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"P&hone:", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation:", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Job title:", None))
        self.youngPersonCheck.setText(QCoreApplication.translate("PersonDialog", u"Care-experienced &young person", None))
        self.consentCheck.setText(QCoreApplication.translate("PersonDialog", u"&Consented to their full name in public papers", None))
        self.councillorCheck.setText(QCoreApplication.translate("PersonDialog", u"Coun&cillor (an elected member of the council, on the board or not)", None))
        self.partyLabel.setText(QCoreApplication.translate("PersonDialog", u"P&arty:", None))
        self.wardLabel.setText(QCoreApplication.translate("PersonDialog", u"&Ward:", None))
        self.scrutinyCheck.setText(QCoreApplication.translate("PersonDialog", u"On the Children's Overview and Scr&utiny Committee", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Notes:", None))
        self.problemLabel.setText("")
    # retranslateUi

