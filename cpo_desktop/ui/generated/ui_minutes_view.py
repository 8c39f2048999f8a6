# Generated from forms/minutes_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget)

from cpo_desktop.ui.minutes.action_log import (ActionLogTab)
from cpo_desktop.ui.minutes.attendance import (AttendanceTab)
from cpo_desktop.ui.minutes.declarations import (DeclarationsTab)
from cpo_desktop.ui.minutes.editor import (MinutesEditor)

class Ui_MinutesView(object):
    def setupUi(self, MinutesView):
        if not MinutesView.objectName():
            MinutesView.setObjectName(u"MinutesView")
        MinutesView.resize(1000, 700)
        self.layout = QVBoxLayout(MinutesView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.header = QWidget(MinutesView)
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

        self.meetingLabel = QLabel(MinutesView)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.headerRow.addWidget(self.meetingLabel, 0, Qt.AlignmentFlag.AlignBottom)

        self.meetingCombo = QComboBox(MinutesView)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setMinimumSize(QSize(380, 0))

        self.headerRow.addWidget(self.meetingCombo, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.minutesStatus = QLabel(MinutesView)
        self.minutesStatus.setObjectName(u"minutesStatus")
        self.minutesStatus.setTextFormat(Qt.TextFormat.RichText)
        self.minutesStatus.setWordWrap(True)

        self.statusRow.addWidget(self.minutesStatus)

        self.quorumLabel = QLabel(MinutesView)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.statusRow.addWidget(self.quorumLabel, 0, Qt.AlignmentFlag.AlignVCenter)

        self.statusRow.setStretch(0, 1)

        self.layout.addLayout(self.statusRow)

        self.tabs = QTabWidget(MinutesView)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.attendance = AttendanceTab()
        self.attendance.setObjectName(u"attendance")
        self.tabs.addTab(self.attendance, "")
        self.declarations = DeclarationsTab()
        self.declarations.setObjectName(u"declarations")
        self.tabs.addTab(self.declarations, "")
        self.editor = MinutesEditor()
        self.editor.setObjectName(u"editor")
        self.tabs.addTab(self.editor, "")
        self.log = ActionLogTab()
        self.log.setObjectName(u"log")
        self.tabs.addTab(self.log, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MinutesView):
        self.viewTitle.setText(QCoreApplication.translate("MinutesView", u"<h2 style='margin:0'>Minutes & actions</h2>", None))
        self.viewSubtitle.setText(QCoreApplication.translate("MinutesView", u"Who came, what was declared and decided, and who must do what by when.", None))
        self.meetingLabel.setText(QCoreApplication.translate("MinutesView", u"Mee&ting:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("MinutesView", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quorumLabel.setAccessibleName(QCoreApplication.translate("MinutesView", u"Quorum", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.attendance), QCoreApplication.translate("MinutesView", u"Attendance", None))
        self.tabs.setTabText(self.tabs.indexOf(self.declarations), QCoreApplication.translate("MinutesView", u"Declarations", None))
        self.tabs.setTabText(self.tabs.indexOf(self.editor), QCoreApplication.translate("MinutesView", u"Minutes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.log), QCoreApplication.translate("MinutesView", u"Action log", None))
        pass
    # retranslateUi

