# Generated from forms/resolution_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resolution_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ResolutionDialog(object):
    def setupUi(self, ResolutionDialog):
        if not ResolutionDialog.objectName():
            ResolutionDialog.setObjectName(u"ResolutionDialog")
        ResolutionDialog.resize(560, 330)
        self.layout = QVBoxLayout(ResolutionDialog)
        self.layout.setObjectName(u"layout")
        self.minuteLabel = QLabel(ResolutionDialog)
        self.minuteLabel.setObjectName(u"minuteLabel")
        self.minuteLabel.setWordWrap(True)
        self.minuteLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.minuteLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(ResolutionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ResolutionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.meetingLabel = QLabel(ResolutionDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ResolutionDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.textLabel = QLabel(ResolutionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ResolutionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.layout.addLayout(self.formLayout)

        self.previewLabel = QLabel(ResolutionDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.RichText)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.previewLabel)

        self.problemLabel = QLabel(ResolutionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ResolutionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.meetingCombo)
        QWidget.setTabOrder(self.meetingCombo, self.textEdit)

        self.retranslateUi(ResolutionDialog)
        self.buttonBox.accepted.connect(ResolutionDialog.accept)
        self.buttonBox.rejected.connect(ResolutionDialog.reject)
    # setupUi

    def retranslateUi(self, ResolutionDialog):
        ResolutionDialog.setWindowTitle(QCoreApplication.translate("ResolutionDialog", u"Resolution", None))
        self.kindLabel.setText(QCoreApplication.translate("ResolutionDialog", u"&Resolved:", None))
        self.meetingLabel.setText(QCoreApplication.translate("ResolutionDialog", u"&Deferred to:", None))
        self.textLabel.setText(QCoreApplication.translate("ResolutionDialog", u"&Own words:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ResolutionDialog", u"Leave empty for the standard wording; needed for \u201cIn the board's own words\u201d", None))
    # retranslateUi

