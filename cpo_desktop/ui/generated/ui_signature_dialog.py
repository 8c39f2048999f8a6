# Generated from forms/signature_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signature_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        SignatureDialog.resize(460, 200)
        self.layout = QVBoxLayout(SignatureDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SignatureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.signedByLabel = QLabel(SignatureDialog)
        self.signedByLabel.setObjectName(u"signedByLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signedByLabel)

        self.signedByEdit = QLineEdit(SignatureDialog)
        self.signedByEdit.setObjectName(u"signedByEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signedByEdit)

        self.dateLabel = QLabel(SignatureDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SignatureDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(SignatureDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SignatureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.signedByLabel.setBuddy(self.signedByEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signedByEdit, self.dateEdit)

        self.retranslateUi(SignatureDialog)
        self.buttonBox.accepted.connect(SignatureDialog.accept)
        self.buttonBox.rejected.connect(SignatureDialog.reject)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        SignatureDialog.setWindowTitle(QCoreApplication.translate("SignatureDialog", u"Record the Signature", None))
        self.signedByLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Signed by:", None))
        self.dateLabel.setText(QCoreApplication.translate("SignatureDialog", u"&Date signed:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SignatureDialog", u"dd/MM/yyyy", None))
    # retranslateUi

