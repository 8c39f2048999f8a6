# Generated from forms/work_programme_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_programme_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_WorkProgrammeView(object):
    def setupUi(self, WorkProgrammeView):
        if not WorkProgrammeView.objectName():
            WorkProgrammeView.setObjectName(u"WorkProgrammeView")
        self.layout = QVBoxLayout(WorkProgrammeView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.titles = QVBoxLayout()
        self.titles.setSpacing(2)
        self.titles.setObjectName(u"titles")
        self.viewTitle = QLabel(WorkProgrammeView)
        self.viewTitle.setObjectName(u"viewTitle")

        self.titles.addWidget(self.viewTitle)

        self.viewSubtitle = QLabel(WorkProgrammeView)
        self.viewSubtitle.setObjectName(u"viewSubtitle")
        self.viewSubtitle.setWordWrap(True)

        self.titles.addWidget(self.viewSubtitle)


        self.top.addLayout(self.titles)

        self.yearGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.yearGap)

        self.yearLabel = QLabel(WorkProgrammeView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel, 0, Qt.AlignmentFlag.AlignBottom)

        self.yearCombo = QComboBox(WorkProgrammeView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(8)

        self.top.addWidget(self.yearCombo, 0, Qt.AlignmentFlag.AlignBottom)

        self.top.setStretch(0, 1)

        self.layout.addLayout(self.top)

        self.tabs = QTabWidget(WorkProgrammeView)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.gridTab = QWidget()
        self.gridTab.setObjectName(u"gridTab")
        self.gridTabLayout = QVBoxLayout(self.gridTab)
        self.gridTabLayout.setObjectName(u"gridTabLayout")
        self.gridTabLayout.setContentsMargins(0, 8, 0, 0)
        self.gridTable = QTableView(self.gridTab)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gridTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.gridTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.gridTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.gridTable.setWordWrap(False)
        self.gridTable.horizontalHeader().setHighlightSections(False)
        self.gridTable.horizontalHeader().setStretchLastSection(False)
        self.gridTable.verticalHeader().setVisible(False)

        self.gridTabLayout.addWidget(self.gridTable)

        self.gridLegend = QLabel(self.gridTab)
        self.gridLegend.setObjectName(u"gridLegend")
        self.gridLegend.setTextFormat(Qt.TextFormat.RichText)
        self.gridLegend.setWordWrap(True)

        self.gridTabLayout.addWidget(self.gridLegend)

        self.gridFooter = QLabel(self.gridTab)
        self.gridFooter.setObjectName(u"gridFooter")

        self.gridTabLayout.addWidget(self.gridFooter)

        self.gridTabLayout.setStretch(0, 1)
        self.tabs.addTab(self.gridTab, "")
        self.coverageTab = QWidget()
        self.coverageTab.setObjectName(u"coverageTab")
        self.coverageTabLayout = QVBoxLayout(self.coverageTab)
        self.coverageTabLayout.setObjectName(u"coverageTabLayout")
        self.coverageTabLayout.setContentsMargins(0, 8, 0, 0)
        self.coverageSummary = QLabel(self.coverageTab)
        self.coverageSummary.setObjectName(u"coverageSummary")
        self.coverageSummary.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.coverageSummary.setWordWrap(True)

        self.coverageTabLayout.addWidget(self.coverageSummary)

        self.coverageList = QListWidget(self.coverageTab)
        self.coverageList.setObjectName(u"coverageList")
        self.coverageList.setAlternatingRowColors(True)
        self.coverageList.setSpacing(2)
        self.coverageList.setWordWrap(True)

        self.coverageTabLayout.addWidget(self.coverageList)

        self.coverageHint = QLabel(self.coverageTab)
        self.coverageHint.setObjectName(u"coverageHint")
        self.coverageHint.setWordWrap(True)

        self.coverageTabLayout.addWidget(self.coverageHint)

        self.coverageTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.coverageTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesTabLayout = QVBoxLayout(self.rulesTab)
        self.rulesTabLayout.setObjectName(u"rulesTabLayout")
        self.rulesTabLayout.setContentsMargins(0, 8, 0, 0)
        self.rulesTable = QTableView(self.rulesTab)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setAlternatingRowColors(True)
        self.rulesTable.setWordWrap(False)

        self.rulesTabLayout.addWidget(self.rulesTable)

        self.rulesButtons = QHBoxLayout()
        self.rulesButtons.setObjectName(u"rulesButtons")
        self.addButton = QPushButton(self.rulesTab)
        self.addButton.setObjectName(u"addButton")

        self.rulesButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.rulesTab)
        self.editButton.setObjectName(u"editButton")

        self.rulesButtons.addWidget(self.editButton)

        self.footerGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.rulesButtons.addItem(self.footerGap)

        self.rulesFooter = QLabel(self.rulesTab)
        self.rulesFooter.setObjectName(u"rulesFooter")

        self.rulesButtons.addWidget(self.rulesFooter)

        self.rulesButtons.setStretch(3, 1)

        self.rulesTabLayout.addLayout(self.rulesButtons)

        self.rulesTabLayout.setStretch(0, 1)
        self.tabs.addTab(self.rulesTab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkProgrammeView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, WorkProgrammeView):
        self.viewTitle.setText(QCoreApplication.translate("WorkProgrammeView", u"<h2 style='margin:0'>Work programme</h2>", None))
        self.viewSubtitle.setText(QCoreApplication.translate("WorkProgrammeView", u"The year's reports and standing items, meeting by meeting: what the rules plan, what is on each agenda, which papers are in and what has been presented.", None))
        self.yearLabel.setText(QCoreApplication.translate("WorkProgrammeView", u"Municipal &year:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gridTab), QCoreApplication.translate("WorkProgrammeView", u"Year &grid", None))
        self.coverageHint.setText(QCoreApplication.translate("WorkProgrammeView", u"Double-click a problem to open that meeting's agenda. A meeting with no agenda yet is not a problem: building its agenda adds the reports due there.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.coverageTab), QCoreApplication.translate("WorkProgrammeView", u"&Coverage check", None))
        self.addButton.setText(QCoreApplication.translate("WorkProgrammeView", u"&Add Rule\u2026", None))
        self.editButton.setText(QCoreApplication.translate("WorkProgrammeView", u"&Edit Rule\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("WorkProgrammeView", u"Report &rules", None))
        pass
    # retranslateUi

