# Generated from forms/package_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'package_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PackageDialog(object):
    def setupUi(self, PackageDialog):
        if not PackageDialog.objectName():
            PackageDialog.setObjectName(u"PackageDialog")
        PackageDialog.resize(600, 330)
        self.layout = QVBoxLayout(PackageDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PackageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.introLabel)

        self.filesList = QListWidget(PackageDialog)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.filesList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.layout.addWidget(self.filesList)

        self.nextLabel = QLabel(PackageDialog)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)
        self.nextLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.nextLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openDraftButton = QPushButton(PackageDialog)
        self.openDraftButton.setObjectName(u"openDraftButton")

        self.buttonRow.addWidget(self.openDraftButton)

        self.showFolderButton = QPushButton(PackageDialog)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.buttonRow.addWidget(self.showFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(PackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.openDraftButton, self.showFolderButton)

        self.retranslateUi(PackageDialog)
        self.buttonBox.rejected.connect(PackageDialog.reject)

        self.openDraftButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PackageDialog):
        PackageDialog.setWindowTitle(QCoreApplication.translate("PackageDialog", u"Package Ready", None))
        self.openDraftButton.setText(QCoreApplication.translate("PackageDialog", u"&Open E-mail Draft", None))
        self.showFolderButton.setText(QCoreApplication.translate("PackageDialog", u"Show &Folder", None))
    # retranslateUi

