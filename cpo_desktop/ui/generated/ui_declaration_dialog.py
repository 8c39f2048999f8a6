# Generated from forms/declaration_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declaration_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DeclarationDialog(object):
    def setupUi(self, DeclarationDialog):
        if not DeclarationDialog.objectName():
            DeclarationDialog.setObjectName(u"DeclarationDialog")
        DeclarationDialog.resize(520, 260)
        self.layout = QVBoxLayout(DeclarationDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DeclarationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(DeclarationDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DeclarationDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.itemLabel = QLabel(DeclarationDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemCombo = QComboBox(DeclarationDialog)
        self.itemCombo.setObjectName(u"itemCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.kindLabel = QLabel(DeclarationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DeclarationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.natureLabel = QLabel(DeclarationDialog)
        self.natureLabel.setObjectName(u"natureLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureEdit = QLineEdit(DeclarationDialog)
        self.natureEdit.setObjectName(u"natureEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.natureEdit)

        self.actionLabel = QLabel(DeclarationDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(DeclarationDialog)
        self.actionCombo.setObjectName(u"actionCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actionCombo)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(DeclarationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DeclarationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.itemLabel.setBuddy(self.itemCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.natureLabel.setBuddy(self.natureEdit)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.itemCombo)
        QWidget.setTabOrder(self.itemCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.natureEdit)
        QWidget.setTabOrder(self.natureEdit, self.actionCombo)

        self.retranslateUi(DeclarationDialog)
        self.buttonBox.accepted.connect(DeclarationDialog.accept)
        self.buttonBox.rejected.connect(DeclarationDialog.reject)
    # setupUi

    def retranslateUi(self, DeclarationDialog):
        DeclarationDialog.setWindowTitle(QCoreApplication.translate("DeclarationDialog", u"Declaration of Interest", None))
        self.memberLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Member:", None))
        self.itemLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Item:", None))
        self.kindLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Kind of interest:", None))
        self.natureLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Nature:", None))
        self.natureEdit.setPlaceholderText(QCoreApplication.translate("DeclarationDialog", u"what the interest is, e.g. \u201cMy daughter is a foster carer for the council\u201d", None))
        self.actionLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&What they did:", None))
    # retranslateUi

