# Generated from forms/partner_minutes_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_minutes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PartnerMinutesDialog(object):
    def setupUi(self, PartnerMinutesDialog):
        if not PartnerMinutesDialog.objectName():
            PartnerMinutesDialog.setObjectName(u"PartnerMinutesDialog")
        PartnerMinutesDialog.resize(580, 440)
        self.layout = QVBoxLayout(PartnerMinutesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PartnerMinutesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.documentsList = QListWidget(PartnerMinutesDialog)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setMaximumSize(QSize(16777215, 90))
        self.documentsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.documentsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.layout.addWidget(self.documentsList)

        self.skippedLabel = QLabel(PartnerMinutesDialog)
        self.skippedLabel.setObjectName(u"skippedLabel")
        self.skippedLabel.setWordWrap(True)

        self.layout.addWidget(self.skippedLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.partnerLabel = QLabel(PartnerMinutesDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerCombo = QComboBox(PartnerMinutesDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.meetingLabel = QLabel(PartnerMinutesDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingRow = QHBoxLayout()
        self.meetingRow.setObjectName(u"meetingRow")
        self.meetingDateEdit = QDateEdit(PartnerMinutesDialog)
        self.meetingDateEdit.setObjectName(u"meetingDateEdit")
        self.meetingDateEdit.setCalendarPopup(True)

        self.meetingRow.addWidget(self.meetingDateEdit)

        self.meetingHint = QLabel(PartnerMinutesDialog)
        self.meetingHint.setObjectName(u"meetingHint")
        self.meetingHint.setWordWrap(True)

        self.meetingRow.addWidget(self.meetingHint)

        self.meetingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingRow.addItem(self.meetingSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.meetingRow)

        self.receivedLabel = QLabel(PartnerMinutesDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.receivedDateEdit = QDateEdit(PartnerMinutesDialog)
        self.receivedDateEdit.setObjectName(u"receivedDateEdit")
        self.receivedDateEdit.setCalendarPopup(True)

        self.receivedRow.addWidget(self.receivedDateEdit)

        self.receivedHint = QLabel(PartnerMinutesDialog)
        self.receivedHint.setObjectName(u"receivedHint")
        self.receivedHint.setWordWrap(True)

        self.receivedRow.addWidget(self.receivedHint)

        self.receivedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedRow.addItem(self.receivedSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.receivedRow)

        self.confidentialityLabel = QLabel(PartnerMinutesDialog)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confidentialityLabel)

        self.confidentialityCombo = QComboBox(PartnerMinutesDialog)
        self.confidentialityCombo.setObjectName(u"confidentialityCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confidentialityCombo)

        self.listedLabel = QLabel(PartnerMinutesDialog)
        self.listedLabel.setObjectName(u"listedLabel")
        self.listedLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.listedLabel)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(PartnerMinutesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PartnerMinutesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partnerCombo)
        self.meetingLabel.setBuddy(self.meetingDateEdit)
        self.receivedLabel.setBuddy(self.receivedDateEdit)
        self.confidentialityLabel.setBuddy(self.confidentialityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partnerCombo, self.meetingDateEdit)
        QWidget.setTabOrder(self.meetingDateEdit, self.receivedDateEdit)
        QWidget.setTabOrder(self.receivedDateEdit, self.confidentialityCombo)

        self.retranslateUi(PartnerMinutesDialog)
        self.buttonBox.accepted.connect(PartnerMinutesDialog.accept)
        self.buttonBox.rejected.connect(PartnerMinutesDialog.reject)
    # setupUi

    def retranslateUi(self, PartnerMinutesDialog):
        PartnerMinutesDialog.setWindowTitle(QCoreApplication.translate("PartnerMinutesDialog", u"Add Partner Minutes", None))
        self.partnerLabel.setText(QCoreApplication.translate("PartnerMinutesDialog", u"&From:", None))
        self.meetingLabel.setText(QCoreApplication.translate("PartnerMinutesDialog", u"Their &meeting on:", None))
        self.meetingDateEdit.setDisplayFormat(QCoreApplication.translate("PartnerMinutesDialog", u"dd/MM/yyyy", None))
        self.receivedLabel.setText(QCoreApplication.translate("PartnerMinutesDialog", u"&Received on:", None))
        self.receivedDateEdit.setDisplayFormat(QCoreApplication.translate("PartnerMinutesDialog", u"dd/MM/yyyy", None))
        self.confidentialityLabel.setText(QCoreApplication.translate("PartnerMinutesDialog", u"&Confidentiality:", None))
    # retranslateUi

