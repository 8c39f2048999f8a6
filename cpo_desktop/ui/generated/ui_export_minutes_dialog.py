# Generated from forms/export_minutes_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_minutes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportMinutesDialog(object):
    def setupUi(self, ExportMinutesDialog):
        if not ExportMinutesDialog.objectName():
            ExportMinutesDialog.setObjectName(u"ExportMinutesDialog")
        ExportMinutesDialog.resize(440, 230)
        self.layout = QVBoxLayout(ExportMinutesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportMinutesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formatLabel = QLabel(ExportMinutesDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportMinutesDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.versionLabel = QLabel(ExportMinutesDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionCombo = QComboBox(ExportMinutesDialog)
        self.versionCombo.setObjectName(u"versionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionCombo)


        self.layout.addLayout(self.formLayout)

        self.versionNote = QLabel(ExportMinutesDialog)
        self.versionNote.setObjectName(u"versionNote")
        self.versionNote.setWordWrap(True)

        self.layout.addWidget(self.versionNote)

        self.problemLabel = QLabel(ExportMinutesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportMinutesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.formatCombo, self.versionCombo)

        self.retranslateUi(ExportMinutesDialog)
        self.buttonBox.accepted.connect(ExportMinutesDialog.accept)
        self.buttonBox.rejected.connect(ExportMinutesDialog.reject)
    # setupUi

    def retranslateUi(self, ExportMinutesDialog):
        ExportMinutesDialog.setWindowTitle(QCoreApplication.translate("ExportMinutesDialog", u"Export Minutes", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Format:", None))
        self.versionLabel.setText(QCoreApplication.translate("ExportMinutesDialog", u"&Version:", None))
    # retranslateUi

