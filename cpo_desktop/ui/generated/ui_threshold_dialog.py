# Generated from forms/threshold_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'threshold_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout)

class Ui_ThresholdDialog(object):
    def setupUi(self, ThresholdDialog):
        if not ThresholdDialog.objectName():
            ThresholdDialog.setObjectName(u"ThresholdDialog")
        ThresholdDialog.resize(480, 240)
        self.layout = QVBoxLayout(ThresholdDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ThresholdDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.thresholdLabel = QLabel(ThresholdDialog)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdSpin = QSpinBox(ThresholdDialog)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(1)
        self.thresholdSpin.setMaximum(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)


        self.layout.addLayout(self.formLayout)

        self.previewLabel = QLabel(ThresholdDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.layout.addWidget(self.previewLabel)

        self.problemLabel = QLabel(ThresholdDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ThresholdDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdDialog)
        self.buttonBox.accepted.connect(ThresholdDialog.accept)
        self.buttonBox.rejected.connect(ThresholdDialog.reject)
    # setupUi

    def retranslateUi(self, ThresholdDialog):
        ThresholdDialog.setWindowTitle(QCoreApplication.translate("ThresholdDialog", u"Suppression Threshold", None))
        self.thresholdLabel.setText(QCoreApplication.translate("ThresholdDialog", u"&Hide counts from 1 to:", None))
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleName(QCoreApplication.translate("ThresholdDialog", u"Suppression threshold", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

