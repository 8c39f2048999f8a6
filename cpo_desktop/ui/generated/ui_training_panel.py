# Generated from forms/training_panel.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TrainingPanel(object):
    def setupUi(self, TrainingPanel):
        if not TrainingPanel.objectName():
            TrainingPanel.setObjectName(u"TrainingPanel")
        TrainingPanel.resize(1100, 600)
        self.layout = QVBoxLayout(TrainingPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(TrainingPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.sessionsHeading = QLabel(TrainingPanel)
        self.sessionsHeading.setObjectName(u"sessionsHeading")

        self.layout.addWidget(self.sessionsHeading)

        self.sessionTable = QTableView(TrainingPanel)
        self.sessionTable.setObjectName(u"sessionTable")
        self.sessionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionTable.setAlternatingRowColors(True)
        self.sessionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionTable.setWordWrap(False)
        self.sessionTable.horizontalHeader().setStretchLastSection(True)
        self.sessionTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.sessionTable)

        self.sessionButtonLayout = QHBoxLayout()
        self.sessionButtonLayout.setObjectName(u"sessionButtonLayout")
        self.addSessionButton = QPushButton(TrainingPanel)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionButtonLayout.addWidget(self.addSessionButton)

        self.editSessionButton = QPushButton(TrainingPanel)
        self.editSessionButton.setObjectName(u"editSessionButton")

        self.sessionButtonLayout.addWidget(self.editSessionButton)

        self.inviteButton = QPushButton(TrainingPanel)
        self.inviteButton.setObjectName(u"inviteButton")

        self.sessionButtonLayout.addWidget(self.inviteButton)

        self.attendanceButton = QPushButton(TrainingPanel)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.sessionButtonLayout.addWidget(self.attendanceButton)

        self.cancelSessionButton = QPushButton(TrainingPanel)
        self.cancelSessionButton.setObjectName(u"cancelSessionButton")

        self.sessionButtonLayout.addWidget(self.cancelSessionButton)

        self.sessionButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtonLayout.addItem(self.sessionButtonSpacer)


        self.layout.addLayout(self.sessionButtonLayout)

        self.gapsHeading = QLabel(TrainingPanel)
        self.gapsHeading.setObjectName(u"gapsHeading")

        self.layout.addWidget(self.gapsHeading)

        self.gapTable = QTableView(TrainingPanel)
        self.gapTable.setObjectName(u"gapTable")
        self.gapTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gapTable.setAlternatingRowColors(True)
        self.gapTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gapTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gapTable.setWordWrap(False)
        self.gapTable.horizontalHeader().setStretchLastSection(True)
        self.gapTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.gapTable)

        self.gapButtonLayout = QHBoxLayout()
        self.gapButtonLayout.setObjectName(u"gapButtonLayout")
        self.remindButton = QPushButton(TrainingPanel)
        self.remindButton.setObjectName(u"remindButton")

        self.gapButtonLayout.addWidget(self.remindButton)

        self.gapButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gapButtonLayout.addItem(self.gapButtonSpacer)

        self.footerLabel = QLabel(TrainingPanel)
        self.footerLabel.setObjectName(u"footerLabel")

        self.gapButtonLayout.addWidget(self.footerLabel)


        self.layout.addLayout(self.gapButtonLayout)

        self.layout.setStretch(2, 1)
        self.layout.setStretch(5, 1)
        QWidget.setTabOrder(self.sessionTable, self.addSessionButton)
        QWidget.setTabOrder(self.addSessionButton, self.editSessionButton)
        QWidget.setTabOrder(self.editSessionButton, self.inviteButton)
        QWidget.setTabOrder(self.inviteButton, self.attendanceButton)
        QWidget.setTabOrder(self.attendanceButton, self.cancelSessionButton)
        QWidget.setTabOrder(self.cancelSessionButton, self.gapTable)
        QWidget.setTabOrder(self.gapTable, self.remindButton)

        self.retranslateUi(TrainingPanel)
    # setupUi

    def retranslateUi(self, TrainingPanel):
        self.introLabel.setText(QCoreApplication.translate("TrainingPanel", u"Corporate parenting training is mandatory for every elected member of the council, on the board or not: four sessions are offered each municipal year (May to April).", None))
        self.sessionsHeading.setText(QCoreApplication.translate("TrainingPanel", u"<b>Sessions</b>", None))
        self.addSessionButton.setText(QCoreApplication.translate("TrainingPanel", u"&Add Session\u2026", None))
        self.editSessionButton.setText(QCoreApplication.translate("TrainingPanel", u"&Edit Session\u2026", None))
        self.inviteButton.setText(QCoreApplication.translate("TrainingPanel", u"&Invite More\u2026", None))
        self.attendanceButton.setText(QCoreApplication.translate("TrainingPanel", u"&Record Attendance\u2026", None))
        self.cancelSessionButton.setText(QCoreApplication.translate("TrainingPanel", u"&Cancel Session\u2026", None))
        self.gapsHeading.setText(QCoreApplication.translate("TrainingPanel", u"<b>Councillors not trained this municipal year</b>", None))
        self.remindButton.setText(QCoreApplication.translate("TrainingPanel", u"&Draft Reminders\u2026", None))
#if QT_CONFIG(tooltip)
        self.remindButton.setToolTip(QCoreApplication.translate("TrainingPanel", u"An e-mail draft (.eml, not sent) to each councillor not trained, listing the next sessions", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

