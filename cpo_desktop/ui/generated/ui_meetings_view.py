# Generated from forms/meetings_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MeetingsView(object):
    def setupUi(self, MeetingsView):
        if not MeetingsView.objectName():
            MeetingsView.setObjectName(u"MeetingsView")
        MeetingsView.resize(1000, 640)
        self.layout = QVBoxLayout(MeetingsView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.titles = QVBoxLayout()
        self.titles.setObjectName(u"titles")
        self.viewTitle = QLabel(MeetingsView)
        self.viewTitle.setObjectName(u"viewTitle")

        self.titles.addWidget(self.viewTitle)

        self.viewSubtitle = QLabel(MeetingsView)
        self.viewSubtitle.setObjectName(u"viewSubtitle")
        self.viewSubtitle.setWordWrap(True)

        self.titles.addWidget(self.viewSubtitle)


        self.top.addLayout(self.titles)

        self.yearLabel = QLabel(MeetingsView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel, 0, Qt.AlignmentFlag.AlignBottom)

        self.yearCombo = QComboBox(MeetingsView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(9)

        self.top.addWidget(self.yearCombo, 0, Qt.AlignmentFlag.AlignBottom)

        self.filterGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.filterGap)

        self.filterEdit = QLineEdit(MeetingsView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setMaximumSize(QSize(280, 16777215))
        self.filterEdit.setClearButtonEnabled(True)

        self.top.addWidget(self.filterEdit, 0, Qt.AlignmentFlag.AlignBottom)

        self.top.setStretch(0, 1)

        self.layout.addLayout(self.top)

        self.meetingTable = QTableView(MeetingsView)
        self.meetingTable.setObjectName(u"meetingTable")
        self.meetingTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.meetingTable.setAlternatingRowColors(True)
        self.meetingTable.setSortingEnabled(True)
        self.meetingTable.setWordWrap(False)
        self.meetingTable.horizontalHeader().setHighlightSections(False)

        self.layout.addWidget(self.meetingTable)

        self.viewFooter = QLabel(MeetingsView)
        self.viewFooter.setObjectName(u"viewFooter")
        self.viewFooter.setWordWrap(True)

        self.layout.addWidget(self.viewFooter)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.openButton = QPushButton(MeetingsView)
        self.openButton.setObjectName(u"openButton")

        self.bottom.addWidget(self.openButton)

        self.editButton = QPushButton(MeetingsView)
        self.editButton.setObjectName(u"editButton")

        self.bottom.addWidget(self.editButton)

        self.moveButton = QPushButton(MeetingsView)
        self.moveButton.setObjectName(u"moveButton")

        self.bottom.addWidget(self.moveButton)

        self.statusButton = QPushButton(MeetingsView)
        self.statusButton.setObjectName(u"statusButton")

        self.bottom.addWidget(self.statusButton)

        self.addButton = QPushButton(MeetingsView)
        self.addButton.setObjectName(u"addButton")

        self.bottom.addWidget(self.addButton)

        self.planButton = QPushButton(MeetingsView)
        self.planButton.setObjectName(u"planButton")

        self.bottom.addWidget(self.planButton)

        self.scheduleButton = QPushButton(MeetingsView)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.bottom.addWidget(self.scheduleButton)

        self.exportButton = QPushButton(MeetingsView)
        self.exportButton.setObjectName(u"exportButton")

        self.bottom.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.buttonSpacer)

        self.bottom.setStretch(8, 1)

        self.layout.addLayout(self.bottom)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.meetingTable)
        QWidget.setTabOrder(self.meetingTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.addButton)
        QWidget.setTabOrder(self.addButton, self.planButton)
        QWidget.setTabOrder(self.planButton, self.scheduleButton)
        QWidget.setTabOrder(self.scheduleButton, self.exportButton)

        self.retranslateUi(MeetingsView)
    # setupUi

    def retranslateUi(self, MeetingsView):
        self.viewTitle.setText(QCoreApplication.translate("MeetingsView", u"<h2 style='margin:0'>Meetings</h2>", None))
#if QT_CONFIG(tooltip)
        self.viewSubtitle.setToolTip(QCoreApplication.translate("MeetingsView", u"Past meetings are grey, the next meeting is in bold and cancelled meetings are in italics. Enter or a double-click opens a meeting's agenda.", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("MeetingsView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("MeetingsView", u"The municipal year runs from May to April", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Municipal year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Filter meetings", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MeetingsView", u"Filter meetings\u2026", None))
#if QT_CONFIG(accessibility)
        self.meetingTable.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("MeetingsView", u"&Open Agenda", None))
        self.editButton.setText(QCoreApplication.translate("MeetingsView", u"&Edit\u2026", None))
        self.moveButton.setText(QCoreApplication.translate("MeetingsView", u"Move or &Postpone\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("MeetingsView", u"Mark the selected meeting as held, cancel it, or reinstate it", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("MeetingsView", u"Held or Ca&ncelled", None))
        self.addButton.setText(QCoreApplication.translate("MeetingsView", u"&Add Meeting\u2026", None))
        self.planButton.setText(QCoreApplication.translate("MeetingsView", u"P&lan Year\u2026", None))
        self.scheduleButton.setText(QCoreApplication.translate("MeetingsView", u"&Schedule\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("MeetingsView", u"Export to &Calendar", None))
        pass
    # retranslateUi

