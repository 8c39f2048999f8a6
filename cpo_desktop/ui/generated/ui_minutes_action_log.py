# Generated from forms/minutes_action_log.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_action_log.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout)

class Ui_MinutesActionLog(object):
    def setupUi(self, MinutesActionLog):
        if not MinutesActionLog.objectName():
            MinutesActionLog.setObjectName(u"MinutesActionLog")
        MinutesActionLog.resize(1000, 560)
        self.layout = QVBoxLayout(MinutesActionLog)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showLabel = QLabel(MinutesActionLog)
        self.showLabel.setObjectName(u"showLabel")

        self.filterRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(MinutesActionLog)
        self.showCombo.setObjectName(u"showCombo")

        self.filterRow.addWidget(self.showCombo)

        self.actionFilter = QLineEdit(MinutesActionLog)
        self.actionFilter.setObjectName(u"actionFilter")
        self.actionFilter.setMaximumSize(QSize(300, 16777215))
        self.actionFilter.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.actionFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.actionCount = QLabel(MinutesActionLog)
        self.actionCount.setObjectName(u"actionCount")

        self.filterRow.addWidget(self.actionCount)

        self.filterRow.setStretch(3, 1)

        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(MinutesActionLog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.actionTable = QTableView(self.splitter)
        self.actionTable.setObjectName(u"actionTable")
        self.actionTable.setWordWrap(False)
        self.splitter.addWidget(self.actionTable)
        self.actionDetail = QLabel(self.splitter)
        self.actionDetail.setObjectName(u"actionDetail")
        self.actionDetail.setTextFormat(Qt.TextFormat.RichText)
        self.actionDetail.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.actionDetail.setWordWrap(True)
        self.actionDetail.setMargin(6)
        self.actionDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.splitter.addWidget(self.actionDetail)

        self.layout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addActionButton = QPushButton(MinutesActionLog)
        self.addActionButton.setObjectName(u"addActionButton")

        self.buttonRow.addWidget(self.addActionButton)

        self.updateActionButton = QPushButton(MinutesActionLog)
        self.updateActionButton.setObjectName(u"updateActionButton")

        self.buttonRow.addWidget(self.updateActionButton)

        self.editActionButton = QPushButton(MinutesActionLog)
        self.editActionButton.setObjectName(u"editActionButton")

        self.buttonRow.addWidget(self.editActionButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportCsvButton = QPushButton(MinutesActionLog)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.buttonRow.addWidget(self.exportCsvButton)

        self.exportPdfButton = QPushButton(MinutesActionLog)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.buttonRow.addWidget(self.exportPdfButton)

        self.buttonRow.setStretch(3, 1)

        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesActionLog)
    # setupUi

    def retranslateUi(self, MinutesActionLog):
        self.showLabel.setText(QCoreApplication.translate("MinutesActionLog", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("MinutesActionLog", u"Show actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionFilter.setAccessibleName(QCoreApplication.translate("MinutesActionLog", u"Filter actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionFilter.setPlaceholderText(QCoreApplication.translate("MinutesActionLog", u"Filter actions\u2026", None))
#if QT_CONFIG(accessibility)
        self.actionTable.setAccessibleName(QCoreApplication.translate("MinutesActionLog", u"Action log", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("MinutesActionLog", u"&Add Action\u2026", None))
        self.updateActionButton.setText(QCoreApplication.translate("MinutesActionLog", u"&Update\u2026", None))
        self.editActionButton.setText(QCoreApplication.translate("MinutesActionLog", u"&Edit\u2026", None))
        self.exportCsvButton.setText(QCoreApplication.translate("MinutesActionLog", u"Export E&xcel or CSV\u2026", None))
        self.exportPdfButton.setText(QCoreApplication.translate("MinutesActionLog", u"Export &PDF\u2026", None))
        pass
    # retranslateUi

