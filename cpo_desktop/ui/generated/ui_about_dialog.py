# Generated from forms/about_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 300)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.layout.addLayout(self.headerLayout)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.layout.addWidget(self.descriptionLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.dataCaption = QLabel(AboutDialog)
        self.dataCaption.setObjectName(u"dataCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataCaption)

        self.dataValue = QLabel(AboutDialog)
        self.dataValue.setObjectName(u"dataValue")
        self.dataValue.setWordWrap(True)
        self.dataValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataValue)

        self.schemaCaption = QLabel(AboutDialog)
        self.schemaCaption.setObjectName(u"schemaCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemaCaption)

        self.schemaValue = QLabel(AboutDialog)
        self.schemaValue.setObjectName(u"schemaValue")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.platformCaption = QLabel(AboutDialog)
        self.platformCaption.setObjectName(u"platformCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.platformCaption)

        self.platformValue = QLabel(AboutDialog)
        self.platformValue.setObjectName(u"platformValue")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.platformValue)


        self.layout.addLayout(self.detailsForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openFolderButton = QPushButton(AboutDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonLayout.addWidget(self.openFolderButton)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonLayout)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About CPO Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"<h2>CPO Desktop</h2>", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"The Corporate Parenting Officer's desktop application: the board's register, meetings and agendas, minutes and actions, partner exchange and packs. It works offline and never sends anything anywhere by itself.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.dataCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.schemaCaption.setText(QCoreApplication.translate("AboutDialog", u"Database schema:", None))
        self.platformCaption.setText(QCoreApplication.translate("AboutDialog", u"Built with:", None))
        self.openFolderButton.setText(QCoreApplication.translate("AboutDialog", u"Open Data &Folder", None))
    # retranslateUi

