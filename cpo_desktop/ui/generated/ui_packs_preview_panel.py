# Generated from forms/packs_preview_panel.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_preview_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_PreviewPanel(object):
    def setupUi(self, PreviewPanel):
        if not PreviewPanel.objectName():
            PreviewPanel.setObjectName(u"PreviewPanel")
        self.panelLayout = QVBoxLayout(PreviewPanel)
        self.panelLayout.setSpacing(4)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 4, 0, 0)
        self.packBanner = QLabel(PreviewPanel)
        self.packBanner.setObjectName(u"packBanner")
        self.packBanner.setTextFormat(Qt.TextFormat.RichText)
        self.packBanner.setWordWrap(True)
        self.packBanner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.packBanner)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PreviewPanel)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveAsButton = QPushButton(PreviewPanel)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.buttonRow.addWidget(self.saveAsButton)

        self.openReaderButton = QPushButton(PreviewPanel)
        self.openReaderButton.setObjectName(u"openReaderButton")

        self.buttonRow.addWidget(self.openReaderButton)

        self.buttonRow.setStretch(0, 1)

        self.panelLayout.addLayout(self.buttonRow)


        self.retranslateUi(PreviewPanel)
    # setupUi

    def retranslateUi(self, PreviewPanel):
        self.printButton.setText(QCoreApplication.translate("PreviewPanel", u"&Print\u2026", None))
        self.saveAsButton.setText(QCoreApplication.translate("PreviewPanel", u"Save &As\u2026", None))
        self.openReaderButton.setText(QCoreApplication.translate("PreviewPanel", u"Open in PDF &Reader", None))
        pass
    # retranslateUi

