# Generated from forms/membership_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(420, 180)
        self.layout = QVBoxLayout(MembershipDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(MembershipDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MembershipDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MembershipDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.substituteLabel = QLabel(MembershipDialog)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.substituteLabel)

        self.substituteCombo = QComboBox(MembershipDialog)
        self.substituteCombo.setObjectName(u"substituteCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.substituteCombo)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(MembershipDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.substituteLabel.setBuddy(self.substituteCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.substituteCombo)

        self.retranslateUi(MembershipDialog)
        self.buttonBox.accepted.connect(MembershipDialog.accept)
        self.buttonBox.rejected.connect(MembershipDialog.reject)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Membership", None))
        self.dateLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"dd/MM/yyyy", None))
        self.substituteLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Substitute:", None))
    # retranslateUi

