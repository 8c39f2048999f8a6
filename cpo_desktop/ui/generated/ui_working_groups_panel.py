# Generated from forms/working_groups_panel.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'working_groups_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WorkingGroupsPanel(object):
    def setupUi(self, WorkingGroupsPanel):
        if not WorkingGroupsPanel.objectName():
            WorkingGroupsPanel.setObjectName(u"WorkingGroupsPanel")
        WorkingGroupsPanel.resize(1000, 600)
        self.layout = QVBoxLayout(WorkingGroupsPanel)
        self.layout.setObjectName(u"layout")
        self.groupsTable = QTableView(WorkingGroupsPanel)
        self.groupsTable.setObjectName(u"groupsTable")

        self.layout.addWidget(self.groupsTable)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(WorkingGroupsPanel)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupButtons.addWidget(self.addGroupButton)

        self.editGroupButton = QPushButton(WorkingGroupsPanel)
        self.editGroupButton.setObjectName(u"editGroupButton")

        self.groupButtons.addWidget(self.editGroupButton)

        self.retireGroupButton = QPushButton(WorkingGroupsPanel)
        self.retireGroupButton.setObjectName(u"retireGroupButton")

        self.groupButtons.addWidget(self.retireGroupButton)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupSpacer)

        self.groupButtons.setStretch(3, 1)

        self.layout.addLayout(self.groupButtons)

        self.planTitle = QLabel(WorkingGroupsPanel)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setWordWrap(True)
        self.planTitle.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.planTitle)

        self.planRow = QHBoxLayout()
        self.planRow.setObjectName(u"planRow")
        self.planTable = QTableView(WorkingGroupsPanel)
        self.planTable.setObjectName(u"planTable")

        self.planRow.addWidget(self.planTable)

        self.membersBox = QVBoxLayout()
        self.membersBox.setObjectName(u"membersBox")
        self.membersLabel = QLabel(WorkingGroupsPanel)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersBox.addWidget(self.membersLabel)

        self.membersList = QListWidget(WorkingGroupsPanel)
        self.membersList.setObjectName(u"membersList")

        self.membersBox.addWidget(self.membersList)

        self.addMemberButton = QPushButton(WorkingGroupsPanel)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.membersBox.addWidget(self.addMemberButton)

        self.endMemberButton = QPushButton(WorkingGroupsPanel)
        self.endMemberButton.setObjectName(u"endMemberButton")

        self.membersBox.addWidget(self.endMemberButton)

        self.membersBox.setStretch(1, 1)

        self.planRow.addLayout(self.membersBox)

        self.planRow.setStretch(0, 4)
        self.planRow.setStretch(1, 1)

        self.layout.addLayout(self.planRow)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.addCommitmentButton = QPushButton(WorkingGroupsPanel)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.planButtons.addWidget(self.addCommitmentButton)

        self.editCommitmentButton = QPushButton(WorkingGroupsPanel)
        self.editCommitmentButton.setObjectName(u"editCommitmentButton")

        self.planButtons.addWidget(self.editCommitmentButton)

        self.ragButton = QPushButton(WorkingGroupsPanel)
        self.ragButton.setObjectName(u"ragButton")

        self.planButtons.addWidget(self.ragButton)

        self.retireCommitmentButton = QPushButton(WorkingGroupsPanel)
        self.retireCommitmentButton.setObjectName(u"retireCommitmentButton")

        self.planButtons.addWidget(self.retireCommitmentButton)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.planButtons.setStretch(4, 1)

        self.layout.addLayout(self.planButtons)

        self.groupsFooter = QLabel(WorkingGroupsPanel)
        self.groupsFooter.setObjectName(u"groupsFooter")

        self.layout.addWidget(self.groupsFooter)

        self.layout.setStretch(0, 2)
        self.layout.setStretch(3, 3)
        QWidget.setTabOrder(self.groupsTable, self.planTable)
        QWidget.setTabOrder(self.planTable, self.membersList)

        self.retranslateUi(WorkingGroupsPanel)
    # setupUi

    def retranslateUi(self, WorkingGroupsPanel):
        self.addGroupButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"&Add Priority\u2026", None))
#if QT_CONFIG(tooltip)
        self.addGroupButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Add a priority (and its working group, if it has one)", None))
#endif // QT_CONFIG(tooltip)
        self.editGroupButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"&Edit Priority\u2026", None))
#if QT_CONFIG(tooltip)
        self.editGroupButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Change the selected priority, its working group and its chair", None))
#endif // QT_CONFIG(tooltip)
        self.retireGroupButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Re&tire Priority\u2026", None))
#if QT_CONFIG(tooltip)
        self.retireGroupButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Retire the selected priority from a date; meetings already themed on it keep it", None))
#endif // QT_CONFIG(tooltip)
        self.membersLabel.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Members", None))
        self.addMemberButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Add &Member\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMemberButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Add a person from the register to the working group", None))
#endif // QT_CONFIG(tooltip)
        self.endMemberButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"E&nd Membership", None))
#if QT_CONFIG(tooltip)
        self.endMemberButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"End the selected member's membership today (kept in the group's history)", None))
#endif // QT_CONFIG(tooltip)
        self.addCommitmentButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Add &Commitment\u2026", None))
#if QT_CONFIG(tooltip)
        self.addCommitmentButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Add a commitment to the working group's action plan", None))
#endif // QT_CONFIG(tooltip)
        self.editCommitmentButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Edit C&ommitment\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCommitmentButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Change the selected commitment's words, owner or due date", None))
#endif // QT_CONFIG(tooltip)
        self.ragButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Update &RAG\u2026", None))
#if QT_CONFIG(tooltip)
        self.ragButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"A dated progress update on the selected commitment, with its RAG status", None))
#endif // QT_CONFIG(tooltip)
        self.retireCommitmentButton.setText(QCoreApplication.translate("WorkingGroupsPanel", u"Ret&ire Commitment", None))
#if QT_CONFIG(tooltip)
        self.retireCommitmentButton.setToolTip(QCoreApplication.translate("WorkingGroupsPanel", u"Take the selected commitment out of the plan (kept with its updates)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

