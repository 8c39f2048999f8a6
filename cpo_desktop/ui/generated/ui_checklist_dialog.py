# Generated from forms/checklist_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)
class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(520, 420)
        self.layout = QVBoxLayout(ChecklistDialog)
        self.layout.setObjectName(u"layout")
        self.paperLabel = QLabel(ChecklistDialog)
        self.paperLabel.setObjectName(u"paperLabel")
        self.paperLabel.setWordWrap(True)

        self.layout.addWidget(self.paperLabel)

        self.pledgeCheck = QCheckBox(ChecklistDialog)
        self.pledgeCheck.setObjectName(u"pledgeCheck")

        self.layout.addWidget(self.pledgeCheck)

        self.pledgeNote = QPlainTextEdit(ChecklistDialog)
        self.pledgeNote.setObjectName(u"pledgeNote")
        self.pledgeNote.setTabChangesFocus(True)

        self.layout.addWidget(self.pledgeNote)

        self.involvementCheck = QCheckBox(ChecklistDialog)
        self.involvementCheck.setObjectName(u"involvementCheck")

        self.layout.addWidget(self.involvementCheck)

        self.involvementNote = QPlainTextEdit(ChecklistDialog)
        self.involvementNote.setObjectName(u"involvementNote")
        self.involvementNote.setTabChangesFocus(True)

        self.layout.addWidget(self.involvementNote)

        self.youSaidCheck = QCheckBox(ChecklistDialog)
        self.youSaidCheck.setObjectName(u"youSaidCheck")

        self.layout.addWidget(self.youSaidCheck)

        self.youSaidNote = QPlainTextEdit(ChecklistDialog)
        self.youSaidNote.setObjectName(u"youSaidNote")
        self.youSaidNote.setTabChangesFocus(True)

        self.layout.addWidget(self.youSaidNote)

        self.buttonBox = QDialogButtonBox(ChecklistDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ChecklistDialog)
        self.buttonBox.accepted.connect(ChecklistDialog.accept)
        self.buttonBox.rejected.connect(ChecklistDialog.reject)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"Report Checklist", None))
        self.pledgeCheck.setText(QCoreApplication.translate("ChecklistDialog", u"It says how it incorporates the &Pledge", None))
        self.pledgeNote.setPlaceholderText(QCoreApplication.translate("ChecklistDialog", u"Where, or what is missing", None))
        self.involvementCheck.setText(QCoreApplication.translate("ChecklistDialog", u"It says how children and young people were &involved", None))
        self.youSaidCheck.setText(QCoreApplication.translate("ChecklistDialog", u"It says how the service responded: \u201c&you said, we did\u201d", None))
    # retranslateUi

