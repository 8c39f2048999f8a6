# Generated from forms/agenda_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AgendaView(object):
    def setupUi(self, AgendaView):
        if not AgendaView.objectName():
            AgendaView.setObjectName(u"AgendaView")
        AgendaView.resize(1000, 640)
        self.layout = QVBoxLayout(AgendaView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.header = QWidget(AgendaView)
        self.header.setObjectName(u"header")
        self.headerLayout = QVBoxLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 4)
        self.viewTitle = QLabel(self.header)
        self.viewTitle.setObjectName(u"viewTitle")

        self.headerLayout.addWidget(self.viewTitle)

        self.viewSubtitle = QLabel(self.header)
        self.viewSubtitle.setObjectName(u"viewSubtitle")
        self.viewSubtitle.setWordWrap(True)

        self.headerLayout.addWidget(self.viewSubtitle)


        self.headerRow.addWidget(self.header)

        self.meetingComboLabel = QLabel(AgendaView)
        self.meetingComboLabel.setObjectName(u"meetingComboLabel")

        self.headerRow.addWidget(self.meetingComboLabel, 0, Qt.AlignmentFlag.AlignBottom)

        self.meetingCombo = QComboBox(AgendaView)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setMinimumSize(QSize(380, 0))

        self.headerRow.addWidget(self.meetingCombo, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.agendaMeeting = QLabel(AgendaView)
        self.agendaMeeting.setObjectName(u"agendaMeeting")
        self.agendaMeeting.setTextFormat(Qt.TextFormat.RichText)
        self.agendaMeeting.setWordWrap(True)

        self.layout.addWidget(self.agendaMeeting)

        self.agendaProblems = QLabel(AgendaView)
        self.agendaProblems.setObjectName(u"agendaProblems")
        self.agendaProblems.setVisible(False)
        self.agendaProblems.setStyleSheet(u"QLabel { background: #fff1c4; color: black; border: 1px solid #e0c060; border-radius: 3px; padding: 4px 8px; }")
        self.agendaProblems.setWordWrap(True)

        self.layout.addWidget(self.agendaProblems)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.templateButton = QPushButton(AgendaView)
        self.templateButton.setObjectName(u"templateButton")

        self.buttonRow.addWidget(self.templateButton)

        self.addButton = QPushButton(AgendaView)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(AgendaView)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.removeButton = QPushButton(AgendaView)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.upButton = QPushButton(AgendaView)
        self.upButton.setObjectName(u"upButton")

        self.buttonRow.addWidget(self.upButton)

        self.downButton = QPushButton(AgendaView)
        self.downButton.setObjectName(u"downButton")

        self.buttonRow.addWidget(self.downButton)

        self.indentButton = QPushButton(AgendaView)
        self.indentButton.setObjectName(u"indentButton")

        self.buttonRow.addWidget(self.indentButton)

        self.outdentButton = QPushButton(AgendaView)
        self.outdentButton.setObjectName(u"outdentButton")

        self.buttonRow.addWidget(self.outdentButton)

        self.attachButton = QPushButton(AgendaView)
        self.attachButton.setObjectName(u"attachButton")

        self.buttonRow.addWidget(self.attachButton)

        self.followButton = QPushButton(AgendaView)
        self.followButton.setObjectName(u"followButton")

        self.buttonRow.addWidget(self.followButton)

        self.checklistButton = QPushButton(AgendaView)
        self.checklistButton.setObjectName(u"checklistButton")

        self.buttonRow.addWidget(self.checklistButton)

        self.chaseButton = QPushButton(AgendaView)
        self.chaseButton.setObjectName(u"chaseButton")

        self.buttonRow.addWidget(self.chaseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonRow.setStretch(12, 1)

        self.layout.addLayout(self.buttonRow)

        self.splitter = QSplitter(AgendaView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.agendaTable = QTableView(self.splitter)
        self.agendaTable.setObjectName(u"agendaTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(4)
        sizePolicy.setVerticalStretch(4)
        sizePolicy.setHeightForWidth(self.agendaTable.sizePolicy().hasHeightForWidth())
        self.agendaTable.setSizePolicy(sizePolicy)
        self.agendaTable.setAcceptDrops(True)
        self.agendaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agendaTable.setDragEnabled(True)
        self.agendaTable.setDragDropOverwriteMode(False)
        self.agendaTable.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agendaTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agendaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaTable.setShowGrid(False)
        self.agendaTable.setWordWrap(False)
        self.splitter.addWidget(self.agendaTable)
        self.agendaTable.horizontalHeader().setStretchLastSection(False)
        self.agendaTable.verticalHeader().setVisible(False)
        self.agendaDetail = QLabel(self.splitter)
        self.agendaDetail.setObjectName(u"agendaDetail")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.agendaDetail.sizePolicy().hasHeightForWidth())
        self.agendaDetail.setSizePolicy(sizePolicy1)
        self.agendaDetail.setTextFormat(Qt.TextFormat.RichText)
        self.agendaDetail.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.agendaDetail.setWordWrap(True)
        self.agendaDetail.setMargin(6)
        self.agendaDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.splitter.addWidget(self.agendaDetail)

        self.layout.addWidget(self.splitter)

        self.checklistLegend = QLabel(AgendaView)
        self.checklistLegend.setObjectName(u"checklistLegend")
        self.checklistLegend.setWordWrap(True)

        self.layout.addWidget(self.checklistLegend)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.continuousCheck = QCheckBox(AgendaView)
        self.continuousCheck.setObjectName(u"continuousCheck")

        self.bottomRow.addWidget(self.continuousCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.reportsDueLabel = QLabel(AgendaView)
        self.reportsDueLabel.setObjectName(u"reportsDueLabel")

        self.bottomRow.addWidget(self.reportsDueLabel)

        self.deadlineSpin = QSpinBox(AgendaView)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMinimum(1)
        self.deadlineSpin.setMaximum(40)
        self.deadlineSpin.setValue(10)

        self.bottomRow.addWidget(self.deadlineSpin)

        self.beforeMeetingLabel = QLabel(AgendaView)
        self.beforeMeetingLabel.setObjectName(u"beforeMeetingLabel")

        self.bottomRow.addWidget(self.beforeMeetingLabel)

        self.bottomRow.setStretch(1, 1)

        self.layout.addLayout(self.bottomRow)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.meetingComboLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgendaView)
    # setupUi

    def retranslateUi(self, AgendaView):
        self.viewTitle.setText(QCoreApplication.translate("AgendaView", u"<h2 style='margin:0'>Agenda</h2>", None))
        self.viewSubtitle.setText(QCoreApplication.translate("AgendaView", u"Build each meeting's agenda from the board's template; drag items to reorder them.", None))
        self.meetingComboLabel.setText(QCoreApplication.translate("AgendaView", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("AgendaView", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("AgendaView", u"Build from Template", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.templateButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Build from Template", None))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(QCoreApplication.translate("AgendaView", u"Build from &Template", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AgendaView", u"Add Item (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Add Item", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AgendaView", u"&Add Item\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AgendaView", u"Edit Item", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Edit Item", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("AgendaView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AgendaView", u"Remove Item (Del)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Remove Item", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("AgendaView", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("AgendaView", u"Move Up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Move Up", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("AgendaView", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("AgendaView", u"Move Down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Move Down", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("AgendaView", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.indentButton.setToolTip(QCoreApplication.translate("AgendaView", u"Make a Sub-item (Ctrl+Shift+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.indentButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Make a Sub-item", None))
#endif // QT_CONFIG(accessibility)
        self.indentButton.setText(QCoreApplication.translate("AgendaView", u"Sub-item \u2192", None))
#if QT_CONFIG(tooltip)
        self.outdentButton.setToolTip(QCoreApplication.translate("AgendaView", u"Make a Main Item (Ctrl+Shift+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.outdentButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Make a Main Item", None))
#endif // QT_CONFIG(accessibility)
        self.outdentButton.setText(QCoreApplication.translate("AgendaView", u"\u2190 Main item", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("AgendaView", u"Attach Paper (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.attachButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Attach Paper", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("AgendaView", u"Attach &Paper\u2026", None))
#if QT_CONFIG(tooltip)
        self.followButton.setToolTip(QCoreApplication.translate("AgendaView", u"Paper to Follow", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.followButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Paper to Follow", None))
#endif // QT_CONFIG(accessibility)
        self.followButton.setText(QCoreApplication.translate("AgendaView", u"To &Follow", None))
#if QT_CONFIG(tooltip)
        self.checklistButton.setToolTip(QCoreApplication.translate("AgendaView", u"Report Checklist", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.checklistButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Report Checklist", None))
#endif // QT_CONFIG(accessibility)
        self.checklistButton.setText(QCoreApplication.translate("AgendaView", u"Chec&klist\u2026", None))
#if QT_CONFIG(tooltip)
        self.chaseButton.setToolTip(QCoreApplication.translate("AgendaView", u"Chase the Author (E-mail Draft)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chaseButton.setAccessibleName(QCoreApplication.translate("AgendaView", u"Chase the Author (E-mail Draft)", None))
#endif // QT_CONFIG(accessibility)
        self.chaseButton.setText(QCoreApplication.translate("AgendaView", u"&Chase\u2026", None))
#if QT_CONFIG(accessibility)
        self.checklistLegend.setAccessibleName(QCoreApplication.translate("AgendaView", u"Checklist legend", None))
#endif // QT_CONFIG(accessibility)
        self.continuousCheck.setText(QCoreApplication.translate("AgendaView", u"Number items &continuously through the municipal year", None))
        self.reportsDueLabel.setText(QCoreApplication.translate("AgendaView", u"Reports due", None))
#if QT_CONFIG(accessibility)
        self.deadlineSpin.setAccessibleName(QCoreApplication.translate("AgendaView", u"Report deadline in working days before the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineSpin.setSuffix(QCoreApplication.translate("AgendaView", u" working days", None))
        self.beforeMeetingLabel.setText(QCoreApplication.translate("AgendaView", u"before the meeting", None))
        pass
    # retranslateUi

