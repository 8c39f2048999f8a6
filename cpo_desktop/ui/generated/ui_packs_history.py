# Generated from forms/packs_history.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_history.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_HistoryBox(object):
    def setupUi(self, HistoryBox):
        if not HistoryBox.objectName():
            HistoryBox.setObjectName(u"HistoryBox")
        self.history = QVBoxLayout(HistoryBox)
        self.history.setObjectName(u"history")
        self.history.setContentsMargins(6, 6, 6, 6)
        self.packHistory = QTableView(HistoryBox)
        self.packHistory.setObjectName(u"packHistory")
        self.packHistory.setWordWrap(False)

        self.history.addWidget(self.packHistory)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.reopenButton = QPushButton(HistoryBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonRow.addWidget(self.reopenButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.showFolderButton = QPushButton(HistoryBox)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.buttonRow.addWidget(self.showFolderButton)

        self.buttonRow.setStretch(1, 1)

        self.history.addLayout(self.buttonRow)

        self.history.setStretch(0, 1)

        self.retranslateUi(HistoryBox)
    # setupUi

    def retranslateUi(self, HistoryBox):
        HistoryBox.setTitle(QCoreApplication.translate("HistoryBox", u"Packs built before", None))
#if QT_CONFIG(accessibility)
        self.packHistory.setAccessibleName(QCoreApplication.translate("HistoryBox", u"Packs built before", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("HistoryBox", u"&Open in Preview", None))
        self.showFolderButton.setText(QCoreApplication.translate("HistoryBox", u"Show &Folder", None))
    # retranslateUi

