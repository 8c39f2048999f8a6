# Generated from forms/amend_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'amend_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AmendDialog(object):
    def setupUi(self, AmendDialog):
        if not AmendDialog.objectName():
            AmendDialog.setObjectName(u"AmendDialog")
        AmendDialog.resize(500, 240)
        self.layout = QVBoxLayout(AmendDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(AmendDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(AmendDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AmendDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.textLabel = QLabel(AmendDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(AmendDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(AmendDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AmendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.textEdit)

        self.retranslateUi(AmendDialog)
        self.buttonBox.accepted.connect(AmendDialog.accept)
        self.buttonBox.rejected.connect(AmendDialog.reject)
    # setupUi

    def retranslateUi(self, AmendDialog):
        AmendDialog.setWindowTitle(QCoreApplication.translate("AmendDialog", u"Amend Confirmed Minutes", None))
        self.reasonLabel.setText(QCoreApplication.translate("AmendDialog", u"&Why:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AmendDialog", u"e.g. \u201cChair's correction: the date of the visit was 3 March\u201d", None))
        self.textLabel.setText(QCoreApplication.translate("AmendDialog", u"&Correction:", None))
    # retranslateUi

