# Generated from forms/rag_update_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rag_update_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RagUpdateDialog(object):
    def setupUi(self, RagUpdateDialog):
        if not RagUpdateDialog.objectName():
            RagUpdateDialog.setObjectName(u"RagUpdateDialog")
        RagUpdateDialog.resize(520, 300)
        self.layout = QVBoxLayout(RagUpdateDialog)
        self.layout.setObjectName(u"layout")
        self.commitmentLabel = QLabel(RagUpdateDialog)
        self.commitmentLabel.setObjectName(u"commitmentLabel")
        self.commitmentLabel.setWordWrap(True)
        self.commitmentLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.commitmentLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.ragComboLabel = QLabel(RagUpdateDialog)
        self.ragComboLabel.setObjectName(u"ragComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ragComboLabel)

        self.ragCombo = QComboBox(RagUpdateDialog)
        self.ragCombo.setObjectName(u"ragCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ragCombo)

        self.dateEditLabel = QLabel(RagUpdateDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(RagUpdateDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteEditLabel = QLabel(RagUpdateDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(RagUpdateDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RagUpdateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RagUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ragComboLabel.setBuddy(self.ragCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ragCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)

        self.retranslateUi(RagUpdateDialog)
        self.buttonBox.accepted.connect(RagUpdateDialog.accept)
        self.buttonBox.rejected.connect(RagUpdateDialog.reject)
    # setupUi

    def retranslateUi(self, RagUpdateDialog):
        RagUpdateDialog.setWindowTitle(QCoreApplication.translate("RagUpdateDialog", u"Update a Commitment", None))
        self.ragComboLabel.setText(QCoreApplication.translate("RagUpdateDialog", u"&RAG status:", None))
        self.dateEditLabel.setText(QCoreApplication.translate("RagUpdateDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RagUpdateDialog", u"dd/MM/yyyy", None))
        self.noteEditLabel.setText(QCoreApplication.translate("RagUpdateDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RagUpdateDialog", u"what has happened since the last update", None))
    # retranslateUi

