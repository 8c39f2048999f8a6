# Generated from forms/minutes_attendance.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_attendance.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_MinutesAttendance(object):
    def setupUi(self, MinutesAttendance):
        if not MinutesAttendance.objectName():
            MinutesAttendance.setObjectName(u"MinutesAttendance")
        MinutesAttendance.resize(1000, 560)
        self.layout = QVBoxLayout(MinutesAttendance)
        self.layout.setObjectName(u"layout")
        self.attendanceHint = QLabel(MinutesAttendance)
        self.attendanceHint.setObjectName(u"attendanceHint")
        self.attendanceHint.setTextFormat(Qt.TextFormat.RichText)
        self.attendanceHint.setWordWrap(True)

        self.layout.addWidget(self.attendanceHint)

        self.attendanceTable = QTableView(MinutesAttendance)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setWordWrap(False)

        self.layout.addWidget(self.attendanceTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.markAllButton = QPushButton(MinutesAttendance)
        self.markAllButton.setObjectName(u"markAllButton")

        self.buttonRow.addWidget(self.markAllButton)

        self.addSubstituteButton = QPushButton(MinutesAttendance)
        self.addSubstituteButton.setObjectName(u"addSubstituteButton")

        self.buttonRow.addWidget(self.addSubstituteButton)

        self.addGuestButton = QPushButton(MinutesAttendance)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.buttonRow.addWidget(self.addGuestButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.correctionButton = QPushButton(MinutesAttendance)
        self.correctionButton.setObjectName(u"correctionButton")

        self.buttonRow.addWidget(self.correctionButton)

        self.ratesButton = QPushButton(MinutesAttendance)
        self.ratesButton.setObjectName(u"ratesButton")

        self.buttonRow.addWidget(self.ratesButton)

        self.buttonRow.setStretch(3, 1)

        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(MinutesAttendance)
    # setupUi

    def retranslateUi(self, MinutesAttendance):
#if QT_CONFIG(accessibility)
        self.attendanceTable.setAccessibleName(QCoreApplication.translate("MinutesAttendance", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.markAllButton.setText(QCoreApplication.translate("MinutesAttendance", u"Mark Everyone Not Recorded as &Present", None))
        self.addSubstituteButton.setText(QCoreApplication.translate("MinutesAttendance", u"Add &Substitute\u2026", None))
        self.addGuestButton.setText(QCoreApplication.translate("MinutesAttendance", u"Add &Officer or Guest\u2026", None))
        self.correctionButton.setText(QCoreApplication.translate("MinutesAttendance", u"Record a &Correction\u2026", None))
        self.ratesButton.setText(QCoreApplication.translate("MinutesAttendance", u"Attendance &Rates\u2026", None))
        pass
    # retranslateUi

