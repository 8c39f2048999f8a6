# Generated from forms/performance_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'performance_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from cpo_desktop.ui.performance.chart import (HistoryChart)

class Ui_PerformanceView(object):
    def setupUi(self, PerformanceView):
        if not PerformanceView.objectName():
            PerformanceView.setObjectName(u"PerformanceView")
        PerformanceView.resize(1100, 700)
        self.layout = QVBoxLayout(PerformanceView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.header = QWidget(PerformanceView)
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

        self.importButton = QPushButton(PerformanceView)
        self.importButton.setObjectName(u"importButton")

        self.headerRow.addWidget(self.importButton, 0, Qt.AlignmentFlag.AlignBottom)

        self.thresholdButton = QPushButton(PerformanceView)
        self.thresholdButton.setObjectName(u"thresholdButton")

        self.headerRow.addWidget(self.thresholdButton, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.privacyLabel = QLabel(PerformanceView)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)
        self.privacyLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.privacyLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterRow.setContentsMargins(-1, 4, -1, -1)
        self.priorityLabel = QLabel(PerformanceView)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.filterRow.addWidget(self.priorityLabel)

        self.priorityCombo = QComboBox(PerformanceView)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.filterRow.addWidget(self.priorityCombo)

        self.filterEdit = QLineEdit(PerformanceView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(160, 0))
        self.filterEdit.setMaximumSize(QSize(320, 16777215))
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.formerCheck = QCheckBox(PerformanceView)
        self.formerCheck.setObjectName(u"formerCheck")

        self.filterRow.addWidget(self.formerCheck)

        self.countLabel = QLabel(PerformanceView)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterRow.addWidget(self.countLabel)

        self.filterRow.setStretch(4, 1)

        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(PerformanceView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.indicatorTable = QTableView(self.splitter)
        self.indicatorTable.setObjectName(u"indicatorTable")
        self.indicatorTable.setWordWrap(False)
        self.splitter.addWidget(self.indicatorTable)
        self.historyTabs = QTabWidget(self.splitter)
        self.historyTabs.setObjectName(u"historyTabs")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(6, 6, 6, 6)
        self.historySplitter = QSplitter(self.historyTab)
        self.historySplitter.setObjectName(u"historySplitter")
        self.historySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.historySplitter.setChildrenCollapsible(False)
        self.chart = HistoryChart(self.historySplitter)
        self.chart.setObjectName(u"chart")
        self.chart.setMinimumSize(QSize(280, 150))
        self.historySplitter.addWidget(self.chart)
        self.figuresBox = QWidget(self.historySplitter)
        self.figuresBox.setObjectName(u"figuresBox")
        self.figuresLayout = QVBoxLayout(self.figuresBox)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)
        self.figureTable = QTableView(self.figuresBox)
        self.figureTable.setObjectName(u"figureTable")
        self.figureTable.setWordWrap(False)

        self.figuresLayout.addWidget(self.figureTable)

        self.changesLabel = QLabel(self.figuresBox)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)
        self.changesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresLayout.addWidget(self.changesLabel)

        self.figuresLayout.setStretch(0, 1)
        self.historySplitter.addWidget(self.figuresBox)

        self.historyLayout.addWidget(self.historySplitter)

        self.historyTabs.addTab(self.historyTab, "")
        self.commentaryTab = QWidget()
        self.commentaryTab.setObjectName(u"commentaryTab")
        self.commentaryLayout = QVBoxLayout(self.commentaryTab)
        self.commentaryLayout.setObjectName(u"commentaryLayout")
        self.commentaryLayout.setContentsMargins(6, 6, 6, 6)
        self.commentaryTop = QHBoxLayout()
        self.commentaryTop.setObjectName(u"commentaryTop")
        self.commentaryPeriodLabel = QLabel(self.commentaryTab)
        self.commentaryPeriodLabel.setObjectName(u"commentaryPeriodLabel")

        self.commentaryTop.addWidget(self.commentaryPeriodLabel)

        self.commentaryPeriodCombo = QComboBox(self.commentaryTab)
        self.commentaryPeriodCombo.setObjectName(u"commentaryPeriodCombo")

        self.commentaryTop.addWidget(self.commentaryPeriodCombo)

        self.commentaryHint = QLabel(self.commentaryTab)
        self.commentaryHint.setObjectName(u"commentaryHint")
        self.commentaryHint.setWordWrap(True)

        self.commentaryTop.addWidget(self.commentaryHint)

        self.commentaryTop.setStretch(2, 1)

        self.commentaryLayout.addLayout(self.commentaryTop)

        self.commentaryEdit = QPlainTextEdit(self.commentaryTab)
        self.commentaryEdit.setObjectName(u"commentaryEdit")
        self.commentaryEdit.setTabChangesFocus(True)

        self.commentaryLayout.addWidget(self.commentaryEdit)

        self.commentaryProblem = QLabel(self.commentaryTab)
        self.commentaryProblem.setObjectName(u"commentaryProblem")
        self.commentaryProblem.setWordWrap(True)

        self.commentaryLayout.addWidget(self.commentaryProblem)

        self.commentaryButtons = QHBoxLayout()
        self.commentaryButtons.setObjectName(u"commentaryButtons")
        self.commentaryCount = QLabel(self.commentaryTab)
        self.commentaryCount.setObjectName(u"commentaryCount")

        self.commentaryButtons.addWidget(self.commentaryCount)

        self.revertButton = QPushButton(self.commentaryTab)
        self.revertButton.setObjectName(u"revertButton")

        self.commentaryButtons.addWidget(self.revertButton)

        self.saveCommentaryButton = QPushButton(self.commentaryTab)
        self.saveCommentaryButton.setObjectName(u"saveCommentaryButton")

        self.commentaryButtons.addWidget(self.saveCommentaryButton)

        self.commentaryButtons.setStretch(0, 1)

        self.commentaryLayout.addLayout(self.commentaryButtons)

        self.commentaryLayout.setStretch(1, 1)
        self.historyTabs.addTab(self.commentaryTab, "")
        self.splitter.addWidget(self.historyTabs)

        self.layout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addFigureButton = QPushButton(PerformanceView)
        self.addFigureButton.setObjectName(u"addFigureButton")

        self.buttonRow.addWidget(self.addFigureButton)

        self.editFigureButton = QPushButton(PerformanceView)
        self.editFigureButton.setObjectName(u"editFigureButton")

        self.buttonRow.addWidget(self.editFigureButton)

        self.addIndicatorButton = QPushButton(PerformanceView)
        self.addIndicatorButton.setObjectName(u"addIndicatorButton")

        self.buttonRow.addWidget(self.addIndicatorButton)

        self.editIndicatorButton = QPushButton(PerformanceView)
        self.editIndicatorButton.setObjectName(u"editIndicatorButton")

        self.buttonRow.addWidget(self.editIndicatorButton)

        self.retireIndicatorButton = QPushButton(PerformanceView)
        self.retireIndicatorButton.setObjectName(u"retireIndicatorButton")

        self.buttonRow.addWidget(self.retireIndicatorButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.commentaryPeriodLabel.setBuddy(self.commentaryPeriodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.priorityCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.formerCheck)
        QWidget.setTabOrder(self.formerCheck, self.indicatorTable)
        QWidget.setTabOrder(self.indicatorTable, self.historyTabs)
        QWidget.setTabOrder(self.historyTabs, self.figureTable)
        QWidget.setTabOrder(self.figureTable, self.commentaryPeriodCombo)
        QWidget.setTabOrder(self.commentaryPeriodCombo, self.commentaryEdit)
        QWidget.setTabOrder(self.commentaryEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveCommentaryButton)
        QWidget.setTabOrder(self.saveCommentaryButton, self.addFigureButton)
        QWidget.setTabOrder(self.addFigureButton, self.editFigureButton)
        QWidget.setTabOrder(self.editFigureButton, self.addIndicatorButton)
        QWidget.setTabOrder(self.addIndicatorButton, self.editIndicatorButton)
        QWidget.setTabOrder(self.editIndicatorButton, self.retireIndicatorButton)
        QWidget.setTabOrder(self.retireIndicatorButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.thresholdButton)

        self.retranslateUi(PerformanceView)

        self.historyTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PerformanceView):
        self.viewTitle.setText(QCoreApplication.translate("PerformanceView", u"<h2 style='margin:0'>Performance</h2>", None))
        self.viewSubtitle.setText(QCoreApplication.translate("PerformanceView", u"The indicators the board receives, with their latest figures, comparators, targets and RAG. Select one to see its history.", None))
        self.importButton.setText(QCoreApplication.translate("PerformanceView", u"&Import Figures\u2026", None))
        self.thresholdButton.setText(QCoreApplication.translate("PerformanceView", u"Suppression Thresho&ld\u2026", None))
#if QT_CONFIG(accessibility)
        self.privacyLabel.setAccessibleName(QCoreApplication.translate("PerformanceView", u"What the public papers hide", None))
#endif // QT_CONFIG(accessibility)
        self.priorityLabel.setText(QCoreApplication.translate("PerformanceView", u"Priorit&y:", None))
#if QT_CONFIG(accessibility)
        self.priorityCombo.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Show the indicators of this priority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Filter the indicators", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PerformanceView", u"Filter indicators\u2026", None))
        self.formerCheck.setText(QCoreApplication.translate("PerformanceView", u"Sho&w retired", None))
#if QT_CONFIG(tooltip)
        self.formerCheck.setToolTip(QCoreApplication.translate("PerformanceView", u"Show retired indicators too (their figures are kept)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.indicatorTable.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Indicators and their latest figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figureTable.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Every figure of the indicator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changesLabel.setAccessibleName(QCoreApplication.translate("PerformanceView", u"The selected figure's changes", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.historyTab), QCoreApplication.translate("PerformanceView", u"Hi&story", None))
        self.commentaryPeriodLabel.setText(QCoreApplication.translate("PerformanceView", u"For the perio&d:", None))
#if QT_CONFIG(accessibility)
        self.commentaryPeriodCombo.setAccessibleName(QCoreApplication.translate("PerformanceView", u"The period whose commentary to edit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.commentaryEdit.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Commentary on the figure", None))
#endif // QT_CONFIG(accessibility)
        self.commentaryEdit.setPlaceholderText(QCoreApplication.translate("PerformanceView", u"What the figure means for the children: why it moved, what is being done, what the board should ask.", None))
#if QT_CONFIG(accessibility)
        self.commentaryCount.setAccessibleName(QCoreApplication.translate("PerformanceView", u"Characters used", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("PerformanceView", u"Revert", None))
        self.saveCommentaryButton.setText(QCoreApplication.translate("PerformanceView", u"Save Commentary", None))
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.commentaryTab), QCoreApplication.translate("PerformanceView", u"C&ommentary", None))
        self.addFigureButton.setText(QCoreApplication.translate("PerformanceView", u"Add Fi&gure\u2026", None))
        self.editFigureButton.setText(QCoreApplication.translate("PerformanceView", u"Edit Figure\u2026", None))
        self.addIndicatorButton.setText(QCoreApplication.translate("PerformanceView", u"Add I&ndicator\u2026", None))
        self.editIndicatorButton.setText(QCoreApplication.translate("PerformanceView", u"Edit Indi&cator\u2026", None))
        self.retireIndicatorButton.setText(QCoreApplication.translate("PerformanceView", u"Retire Indicator\u2026", None))
        pass
    # retranslateUi

