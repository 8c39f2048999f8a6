# Generated from forms/seat_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seat_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SeatDialog(object):
    def setupUi(self, SeatDialog):
        if not SeatDialog.objectName():
            SeatDialog.setObjectName(u"SeatDialog")
        SeatDialog.resize(560, 340)
        self.layout = QVBoxLayout(SeatDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SeatDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleFieldLabel = QLabel(SeatDialog)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleFieldLabel)

        self.titleEdit = QLineEdit(SeatDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.categoryLabel = QLabel(SeatDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(SeatDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.organisationLabel = QLabel(SeatDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(SeatDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.termLabel = QLabel(SeatDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termCombo = QComboBox(SeatDialog)
        self.termCombo.setObjectName(u"termCombo")

        self.termLayout.addWidget(self.termCombo)

        self.termYearsSpin = QSpinBox(SeatDialog)
        self.termYearsSpin.setObjectName(u"termYearsSpin")
        self.termYearsSpin.setMinimum(1)
        self.termYearsSpin.setMaximum(10)
        self.termYearsSpin.setValue(2)

        self.termLayout.addWidget(self.termYearsSpin)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termLayout.addItem(self.termSpacer)

        self.termLayout.setStretch(2, 1)

        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.termLayout)

        self.rotationLabel = QLabel(SeatDialog)
        self.rotationLabel.setObjectName(u"rotationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rotationLabel)

        self.rotationCombo = QComboBox(SeatDialog)
        self.rotationCombo.setObjectName(u"rotationCombo")
        self.rotationCombo.setEditable(True)
        self.rotationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rotationCombo)

        self.rulesLabel = QLabel(SeatDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesLayout = QHBoxLayout()
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.votingCheck = QCheckBox(SeatDialog)
        self.votingCheck.setObjectName(u"votingCheck")

        self.rulesLayout.addWidget(self.votingCheck)

        self.quorumCheck = QCheckBox(SeatDialog)
        self.quorumCheck.setObjectName(u"quorumCheck")

        self.rulesLayout.addWidget(self.quorumCheck)

        self.rulesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesLayout.addItem(self.rulesSpacer)

        self.rulesLayout.setStretch(2, 1)

        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.rulesLayout)

        self.sourceLabel = QLabel(SeatDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(SeatDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(SeatDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SeatDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.termLabel.setBuddy(self.termCombo)
        self.rotationLabel.setBuddy(self.rotationCombo)
        self.rulesLabel.setBuddy(self.votingCheck)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.termCombo)
        QWidget.setTabOrder(self.termCombo, self.termYearsSpin)
        QWidget.setTabOrder(self.termYearsSpin, self.rotationCombo)
        QWidget.setTabOrder(self.rotationCombo, self.votingCheck)
        QWidget.setTabOrder(self.votingCheck, self.quorumCheck)
        QWidget.setTabOrder(self.quorumCheck, self.sourceEdit)

        self.retranslateUi(SeatDialog)
        self.buttonBox.accepted.connect(SeatDialog.accept)
        self.buttonBox.rejected.connect(SeatDialog.reject)
    # setupUi

    def retranslateUi(self, SeatDialog):
        SeatDialog.setWindowTitle(QCoreApplication.translate("SeatDialog", u"Seat", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("SeatDialog", u"&Title:", None))
        self.categoryLabel.setText(QCoreApplication.translate("SeatDialog", u"&Category:", None))
        self.organisationLabel.setText(QCoreApplication.translate("SeatDialog", u"&Organisation:", None))
        self.termLabel.setText(QCoreApplication.translate("SeatDialog", u"T&erm:", None))
        self.termYearsSpin.setSuffix(QCoreApplication.translate("SeatDialog", u" years", None))
        self.rotationLabel.setText(QCoreApplication.translate("SeatDialog", u"&Rotation group:", None))
        self.rulesLabel.setText(QCoreApplication.translate("SeatDialog", u"Ru&les:", None))
        self.votingCheck.setText(QCoreApplication.translate("SeatDialog", u"&Votes", None))
        self.quorumCheck.setText(QCoreApplication.translate("SeatDialog", u"Counts towards the &quorum", None))
        self.sourceLabel.setText(QCoreApplication.translate("SeatDialog", u"&Source of the rules:", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("SeatDialog", u"e.g. Terms of reference, 2024", None))
    # retranslateUi

