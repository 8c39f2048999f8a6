# Generated from forms/officer_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog):
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.resize(520, 320)
        self.layout = QVBoxLayout(OfficerDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.roleLabel = QLabel(OfficerDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(OfficerDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.personFieldLabel = QLabel(OfficerDialog)
        self.personFieldLabel.setObjectName(u"personFieldLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personFieldLabel)

        self.personCombo = QComboBox(OfficerDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.organisationLabel = QLabel(OfficerDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(OfficerDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.reportsLabel = QLabel(OfficerDialog)
        self.reportsLabel.setObjectName(u"reportsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportsLabel)

        self.reportsEdit = QPlainTextEdit(OfficerDialog)
        self.reportsEdit.setObjectName(u"reportsEdit")
        self.reportsEdit.setMaximumSize(QSize(16777215, 70))
        self.reportsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportsEdit)

        self.frequencyLabel = QLabel(OfficerDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(OfficerDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.notesLabel = QLabel(OfficerDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(OfficerDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(OfficerDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(OfficerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleEdit)
        self.personFieldLabel.setBuddy(self.personCombo)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.reportsLabel.setBuddy(self.reportsEdit)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleEdit, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.reportsEdit)
        QWidget.setTabOrder(self.reportsEdit, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.notesEdit)

        self.retranslateUi(OfficerDialog)
        self.buttonBox.accepted.connect(OfficerDialog.accept)
        self.buttonBox.rejected.connect(OfficerDialog.reject)
    # setupUi

    def retranslateUi(self, OfficerDialog):
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"Reporting Officer", None))
        self.roleLabel.setText(QCoreApplication.translate("OfficerDialog", u"&Role:", None))
        self.personFieldLabel.setText(QCoreApplication.translate("OfficerDialog", u"&Person:", None))
        self.organisationLabel.setText(QCoreApplication.translate("OfficerDialog", u"&Organisation:", None))
        self.reportsLabel.setText(QCoreApplication.translate("OfficerDialog", u"R&eports:", None))
        self.frequencyLabel.setText(QCoreApplication.translate("OfficerDialog", u"&How often:", None))
        self.notesLabel.setText(QCoreApplication.translate("OfficerDialog", u"&Notes:", None))
    # retranslateUi

