# Generated from forms/contact_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(460, 250)
        self.layout = QVBoxLayout(ContactDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ContactDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ContactDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.jobTitleLabel = QLabel(ContactDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(ContactDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ContactDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)

        self.retranslateUi(ContactDialog)
        self.buttonBox.accepted.connect(ContactDialog.accept)
        self.buttonBox.rejected.connect(ContactDialog.reject)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact Officer", None))
        self.introLabel.setText(QCoreApplication.translate("ContactDialog", u"The officer the agenda packs' front sheets, the induction packs and the e-mail drafts name as the contact.", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. Jo Bloggs", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("ContactDialog", u"&Job title:", None))
        self.jobTitleEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. Corporate Parenting Officer", None))
#if QT_CONFIG(tooltip)
        self.jobTitleEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"Printed after the name; leave empty for the name alone", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. corporate.parenting@sefton.gov.uk", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&Telephone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. 0151 934 2000", None))
    # retranslateUi

