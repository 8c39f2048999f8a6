# Generated from forms/packs_preflight.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_preflight.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout)

class Ui_PreflightBox(object):
    def setupUi(self, PreflightBox):
        if not PreflightBox.objectName():
            PreflightBox.setObjectName(u"PreflightBox")
        self.pre = QVBoxLayout(PreflightBox)
        self.pre.setSpacing(4)
        self.pre.setObjectName(u"pre")
        self.pre.setContentsMargins(6, 6, 6, 6)
        self.preflightSummary = QLabel(PreflightBox)
        self.preflightSummary.setObjectName(u"preflightSummary")
        self.preflightSummary.setTextFormat(Qt.TextFormat.RichText)
        self.preflightSummary.setWordWrap(True)

        self.pre.addWidget(self.preflightSummary)

        self.preflightTable = QTableView(PreflightBox)
        self.preflightTable.setObjectName(u"preflightTable")
        self.preflightTable.setWordWrap(False)

        self.pre.addWidget(self.preflightTable)

        self.detailRow = QHBoxLayout()
        self.detailRow.setObjectName(u"detailRow")
        self.issueDetail = QLabel(PreflightBox)
        self.issueDetail.setObjectName(u"issueDetail")
        self.issueDetail.setStyleSheet(u"QLabel { color: #333; }")
        self.issueDetail.setWordWrap(True)
        self.issueDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailRow.addWidget(self.issueDetail)

        self.confirmPublicButton = QPushButton(PreflightBox)
        self.confirmPublicButton.setObjectName(u"confirmPublicButton")

        self.detailRow.addWidget(self.confirmPublicButton, 0, Qt.AlignmentFlag.AlignTop)

        self.detailRow.setStretch(0, 1)

        self.pre.addLayout(self.detailRow)

        self.pre.setStretch(1, 1)

        self.retranslateUi(PreflightBox)
    # setupUi

    def retranslateUi(self, PreflightBox):
        PreflightBox.setTitle(QCoreApplication.translate("PreflightBox", u"Preflight: the meeting's papers", None))
#if QT_CONFIG(accessibility)
        self.preflightTable.setAccessibleName(QCoreApplication.translate("PreflightBox", u"Preflight of the meeting's papers", None))
#endif // QT_CONFIG(accessibility)
        self.confirmPublicButton.setText(QCoreApplication.translate("PreflightBox", u"Confirm &Public\u2026", None))
    # retranslateUi

