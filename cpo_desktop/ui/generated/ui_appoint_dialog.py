# Generated from forms/appoint_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appoint_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AppointDialog(object):
    def setupUi(self, AppointDialog):
        if not AppointDialog.objectName():
            AppointDialog.setObjectName(u"AppointDialog")
        AppointDialog.resize(480, 300)
        self.layout = QVBoxLayout(AppointDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(AppointDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.layout.addWidget(self.personLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.seatLabel = QLabel(AppointDialog)
        self.seatLabel.setObjectName(u"seatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seatLabel)

        self.seatCombo = QComboBox(AppointDialog)
        self.seatCombo.setObjectName(u"seatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seatCombo)

        self.startDateLabel = QLabel(AppointDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QDateEdit(AppointDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.startDateEdit.sizePolicy().hasHeightForWidth())
        self.startDateEdit.setSizePolicy(sizePolicy)
        self.startDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(AppointDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateLayout = QHBoxLayout()
        self.endDateLayout.setObjectName(u"endDateLayout")
        self.endDateCheck = QCheckBox(AppointDialog)
        self.endDateCheck.setObjectName(u"endDateCheck")

        self.endDateLayout.addWidget(self.endDateCheck)

        self.endDateEdit = QDateEdit(AppointDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        sizePolicy.setHeightForWidth(self.endDateEdit.sizePolicy().hasHeightForWidth())
        self.endDateEdit.setSizePolicy(sizePolicy)
        self.endDateEdit.setCalendarPopup(True)

        self.endDateLayout.addWidget(self.endDateEdit)

        self.endDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endDateLayout.addItem(self.endDateSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.endDateLayout)

        self.termLabel = QLabel(AppointDialog)
        self.termLabel.setObjectName(u"termLabel")
        self.termLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.termLabel)

        self.appointedByLabel = QLabel(AppointDialog)
        self.appointedByLabel.setObjectName(u"appointedByLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appointedByLabel)

        self.appointedByEdit = QLineEdit(AppointDialog)
        self.appointedByEdit.setObjectName(u"appointedByEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appointedByEdit)

        self.substituteLabel = QLabel(AppointDialog)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.substituteLabel)

        self.substituteCombo = QComboBox(AppointDialog)
        self.substituteCombo.setObjectName(u"substituteCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.substituteCombo)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(AppointDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AppointDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.seatLabel.setBuddy(self.seatCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateCheck)
        self.appointedByLabel.setBuddy(self.appointedByEdit)
        self.substituteLabel.setBuddy(self.substituteCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seatCombo, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateCheck)
        QWidget.setTabOrder(self.endDateCheck, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.appointedByEdit)
        QWidget.setTabOrder(self.appointedByEdit, self.substituteCombo)

        self.retranslateUi(AppointDialog)
        self.buttonBox.accepted.connect(AppointDialog.accept)
        self.buttonBox.rejected.connect(AppointDialog.reject)
    # setupUi

    def retranslateUi(self, AppointDialog):
        AppointDialog.setWindowTitle(QCoreApplication.translate("AppointDialog", u"Appoint to a Seat", None))
        self.seatLabel.setText(QCoreApplication.translate("AppointDialog", u"&Seat:", None))
        self.startDateLabel.setText(QCoreApplication.translate("AppointDialog", u"&From:", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("AppointDialog", u"dd/MM/yyyy", None))
        self.endDateLabel.setText(QCoreApplication.translate("AppointDialog", u"&Until:", None))
        self.endDateCheck.setText(QCoreApplication.translate("AppointDialog", u"Ends on", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("AppointDialog", u"dd/MM/yyyy", None))
        self.appointedByLabel.setText(QCoreApplication.translate("AppointDialog", u"&Appointed by:", None))
        self.appointedByEdit.setPlaceholderText(QCoreApplication.translate("AppointDialog", u"e.g. Council, MAD group, NHS Cheshire and Merseyside", None))
        self.substituteLabel.setText(QCoreApplication.translate("AppointDialog", u"Su&bstitute:", None))
    # retranslateUi

