# Generated from forms/seats_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seats_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget)

class Ui_SeatsView(object):
    def setupUi(self, SeatsView):
        if not SeatsView.objectName():
            SeatsView.setObjectName(u"SeatsView")
        SeatsView.resize(1000, 640)
        self.layout = QVBoxLayout(SeatsView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(SeatsView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(SeatsView)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.vacantOnlyCheck = QCheckBox(SeatsView)
        self.vacantOnlyCheck.setObjectName(u"vacantOnlyCheck")

        self.headerLayout.addWidget(self.vacantOnlyCheck, 0, Qt.AlignmentFlag.AlignBottom)

        self.filterEdit = QLineEdit(SeatsView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMaximumSize(QSize(280, 16777215))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerLayout.setStretch(0, 1)

        self.layout.addLayout(self.headerLayout)

        self.seatTable = QTableView(SeatsView)
        self.seatTable.setObjectName(u"seatTable")
        self.seatTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seatTable.setAlternatingRowColors(True)
        self.seatTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seatTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seatTable.setSortingEnabled(True)
        self.seatTable.horizontalHeader().setStretchLastSection(True)
        self.seatTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.seatTable)

        self.footerLabel = QLabel(SeatsView)
        self.footerLabel.setObjectName(u"footerLabel")
        self.footerLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.footerLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.appointButton = QPushButton(SeatsView)
        self.appointButton.setObjectName(u"appointButton")

        self.buttonRow.addWidget(self.appointButton)

        self.endButton = QPushButton(SeatsView)
        self.endButton.setObjectName(u"endButton")

        self.buttonRow.addWidget(self.endButton)

        self.substituteButton = QPushButton(SeatsView)
        self.substituteButton.setObjectName(u"substituteButton")

        self.buttonRow.addWidget(self.substituteButton)

        self.addSeatButton = QPushButton(SeatsView)
        self.addSeatButton.setObjectName(u"addSeatButton")

        self.buttonRow.addWidget(self.addSeatButton)

        self.editSeatButton = QPushButton(SeatsView)
        self.editSeatButton.setObjectName(u"editSeatButton")

        self.buttonRow.addWidget(self.editSeatButton)

        self.retireSeatButton = QPushButton(SeatsView)
        self.retireSeatButton.setObjectName(u"retireSeatButton")

        self.buttonRow.addWidget(self.retireSeatButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.vacantOnlyCheck, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.seatTable)
        QWidget.setTabOrder(self.seatTable, self.appointButton)
        QWidget.setTabOrder(self.appointButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.substituteButton)
        QWidget.setTabOrder(self.substituteButton, self.addSeatButton)
        QWidget.setTabOrder(self.addSeatButton, self.editSeatButton)
        QWidget.setTabOrder(self.editSeatButton, self.retireSeatButton)

        self.retranslateUi(SeatsView)
    # setupUi

    def retranslateUi(self, SeatsView):
        self.titleLabel.setText(QCoreApplication.translate("SeatsView", u"<h2 style='margin:0'>Seats</h2>", None))
        self.vacantOnlyCheck.setText(QCoreApplication.translate("SeatsView", u"Vacant seats &only", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SeatsView", u"Filter seats\u2026", None))
        self.appointButton.setText(QCoreApplication.translate("SeatsView", u"&Appoint to Seat\u2026", None))
        self.endButton.setText(QCoreApplication.translate("SeatsView", u"&End Membership\u2026", None))
        self.substituteButton.setText(QCoreApplication.translate("SeatsView", u"Set Su&bstitute\u2026", None))
        self.addSeatButton.setText(QCoreApplication.translate("SeatsView", u"Add &Seat\u2026", None))
        self.editSeatButton.setText(QCoreApplication.translate("SeatsView", u"Edi&t Seat\u2026", None))
        self.retireSeatButton.setText(QCoreApplication.translate("SeatsView", u"&Retire Seat\u2026", None))
        pass
    # retranslateUi

