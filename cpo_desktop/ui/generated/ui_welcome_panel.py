# Generated from forms/welcome_panel.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_WelcomePanel(object):
    def setupUi(self, WelcomePanel):
        if not WelcomePanel.objectName():
            WelcomePanel.setObjectName(u"WelcomePanel")
        WelcomePanel.resize(640, 420)
        self.layout = QVBoxLayout(WelcomePanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(48, 40, 48, -1)
        self.titleLabel = QLabel(WelcomePanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(WelcomePanel)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setWordWrap(True)

        self.layout.addWidget(self.bodyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.demoButton = QPushButton(WelcomePanel)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonLayout.addWidget(self.demoButton)

        self.emptyButton = QPushButton(WelcomePanel)
        self.emptyButton.setObjectName(u"emptyButton")

        self.buttonLayout.addWidget(self.emptyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePanel)

        self.demoButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WelcomePanel):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePanel", u"<h1>Welcome to CPO Desktop</h1>", None))
        self.bodyLabel.setText(QCoreApplication.translate("WelcomePanel", u"<p>Your board has been set up from the Corporate Parenting Partnership Strategy 2025\u20132027: its terms of reference, every seat in its membership, the reporting officers, the five priorities, the standing agenda items and the partner boards. You can change all of these.</p><p>The register has no people in it yet. You can start entering your own board's members, or first explore the application with a <b>fictional demo board</b> \u2014 invented people in every seat and a year of meetings. Keep the demo in its own data folder if you want to keep your real data separate.</p>", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePanel", u"Load the &Demo Board", None))
        self.emptyButton.setText(QCoreApplication.translate("WelcomePanel", u"Start with an &Empty Register", None))
        pass
    # retranslateUi

