# Generated from forms/report_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QRadioButton,
    QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(520, 260)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.meetingLabel = QLabel(ReportDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ReportDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.versionLabel = QLabel(ReportDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionLayout = QVBoxLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.publicRadio = QRadioButton(ReportDialog)
        self.publicRadio.setObjectName(u"publicRadio")
        self.publicRadio.setChecked(True)

        self.versionLayout.addWidget(self.publicRadio)

        self.restrictedRadio = QRadioButton(ReportDialog)
        self.restrictedRadio.setObjectName(u"restrictedRadio")

        self.versionLayout.addWidget(self.restrictedRadio)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.versionLayout)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ReportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetingCombo, self.publicRadio)
        QWidget.setTabOrder(self.publicRadio, self.restrictedRadio)

        self.retranslateUi(ReportDialog)
        self.buttonBox.accepted.connect(ReportDialog.accept)
        self.buttonBox.rejected.connect(ReportDialog.reject)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Save Performance Report", None))
        self.introLabel.setText(QCoreApplication.translate("ReportDialog", u"The report gives the figures as they stood on the meeting's day, in the council's report layout. The agenda pack makes it under the Performance report item by itself; save it here to read it or send it on.", None))
        self.meetingLabel.setText(QCoreApplication.translate("ReportDialog", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("ReportDialog", u"Version:", None))
        self.publicRadio.setText(QCoreApplication.translate("ReportDialog", u"&Public: small numbers shown as \u201cc\u201d, names by first name only", None))
        self.restrictedRadio.setText(QCoreApplication.translate("ReportDialog", u"&Restricted: every figure (NOT FOR PUBLICATION)", None))
    # retranslateUi

