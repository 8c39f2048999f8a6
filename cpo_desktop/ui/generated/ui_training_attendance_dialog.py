# Generated from forms/training_attendance_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_attendance_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TrainingAttendanceDialog(object):
    def setupUi(self, TrainingAttendanceDialog):
        if not TrainingAttendanceDialog.objectName():
            TrainingAttendanceDialog.setObjectName(u"TrainingAttendanceDialog")
        TrainingAttendanceDialog.resize(560, 540)
        self.layout = QVBoxLayout(TrainingAttendanceDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TrainingAttendanceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.inviteeTable = QTableWidget(TrainingAttendanceDialog)
        if (self.inviteeTable.columnCount() < 2):
            self.inviteeTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.inviteeTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.inviteeTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.inviteeTable.setObjectName(u"inviteeTable")
        self.inviteeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inviteeTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.inviteeTable.setColumnCount(2)
        self.inviteeTable.horizontalHeader().setStretchLastSection(False)
        self.inviteeTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.inviteeTable)

        self.allLayout = QHBoxLayout()
        self.allLayout.setObjectName(u"allLayout")
        self.allLabel = QLabel(TrainingAttendanceDialog)
        self.allLabel.setObjectName(u"allLabel")

        self.allLayout.addWidget(self.allLabel)

        self.allAttendedButton = QPushButton(TrainingAttendanceDialog)
        self.allAttendedButton.setObjectName(u"allAttendedButton")

        self.allLayout.addWidget(self.allAttendedButton)

        self.allAbsentButton = QPushButton(TrainingAttendanceDialog)
        self.allAbsentButton.setObjectName(u"allAbsentButton")

        self.allLayout.addWidget(self.allAbsentButton)

        self.allSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allLayout.addItem(self.allSpacer)


        self.layout.addLayout(self.allLayout)

        self.problemLabel = QLabel(TrainingAttendanceDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TrainingAttendanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.inviteeTable, self.allAttendedButton)
        QWidget.setTabOrder(self.allAttendedButton, self.allAbsentButton)

        self.retranslateUi(TrainingAttendanceDialog)
        self.buttonBox.accepted.connect(TrainingAttendanceDialog.accept)
        self.buttonBox.rejected.connect(TrainingAttendanceDialog.reject)
    # setupUi

    def retranslateUi(self, TrainingAttendanceDialog):
        TrainingAttendanceDialog.setWindowTitle(QCoreApplication.translate("TrainingAttendanceDialog", u"Record Attendance", None))
        ___qtablewidgetitem = self.inviteeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrainingAttendanceDialog", u"Invited", None))
        ___qtablewidgetitem1 = self.inviteeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrainingAttendanceDialog", u"Attendance", None))
        self.allLabel.setText(QCoreApplication.translate("TrainingAttendanceDialog", u"Set everyone still invited to:", None))
        self.allAttendedButton.setText(QCoreApplication.translate("TrainingAttendanceDialog", u"A&ttended", None))
        self.allAbsentButton.setText(QCoreApplication.translate("TrainingAttendanceDialog", u"A&bsent", None))
    # retranslateUi

