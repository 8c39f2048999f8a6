# Generated from forms/exchange_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from cpo_desktop.ui.exchange.cards import (CardsArea)

class Ui_ExchangeView(object):
    def setupUi(self, ExchangeView):
        if not ExchangeView.objectName():
            ExchangeView.setObjectName(u"ExchangeView")
        ExchangeView.resize(1000, 640)
        ExchangeView.setAcceptDrops(True)
        self.layout = QVBoxLayout(ExchangeView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.header = QWidget(ExchangeView)
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

        self.partnersButton = QPushButton(ExchangeView)
        self.partnersButton.setObjectName(u"partnersButton")

        self.headerRow.addWidget(self.partnersButton, 0, Qt.AlignmentFlag.AlignBottom)

        self.rulesButton = QPushButton(ExchangeView)
        self.rulesButton.setObjectName(u"rulesButton")

        self.headerRow.addWidget(self.rulesButton, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.cardsArea = CardsArea(ExchangeView)
        self.cardsArea.setObjectName(u"cardsArea")

        self.layout.addWidget(self.cardsArea)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterRow.setContentsMargins(0, 6, 0, 0)
        self.partnerLabel = QLabel(ExchangeView)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.filterRow.addWidget(self.partnerLabel)

        self.partnerCombo = QComboBox(ExchangeView)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.filterRow.addWidget(self.partnerCombo)

        self.overdueCheck = QCheckBox(ExchangeView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterRow.addWidget(self.overdueCheck)

        self.exchangeFilter = QLineEdit(ExchangeView)
        self.exchangeFilter.setObjectName(u"exchangeFilter")
        self.exchangeFilter.setMinimumSize(QSize(140, 0))
        self.exchangeFilter.setMaximumSize(QSize(340, 16777215))
        self.exchangeFilter.setAcceptDrops(False)
        self.exchangeFilter.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.exchangeFilter)

        self.exchangeCount = QLabel(ExchangeView)
        self.exchangeCount.setObjectName(u"exchangeCount")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.exchangeCount.sizePolicy().hasHeightForWidth())
        self.exchangeCount.setSizePolicy(sizePolicy)
        self.exchangeCount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterRow.addWidget(self.exchangeCount)

        self.filterRow.setStretch(3, 1)
        self.filterRow.setStretch(4, 1)

        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(ExchangeView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.exchangeTable = QTableView(self.splitter)
        self.exchangeTable.setObjectName(u"exchangeTable")
        self.exchangeTable.setWordWrap(False)
        self.splitter.addWidget(self.exchangeTable)
        self.detailArea = QScrollArea(self.splitter)
        self.detailArea.setObjectName(u"detailArea")
        self.detailArea.setFrameShape(QFrame.Shape.NoFrame)
        self.detailArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailArea.setWidgetResizable(True)
        self.exchangeDetail = QLabel()
        self.exchangeDetail.setObjectName(u"exchangeDetail")
        self.exchangeDetail.setTextFormat(Qt.TextFormat.RichText)
        self.exchangeDetail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.exchangeDetail.setWordWrap(True)
        self.exchangeDetail.setMargin(6)
        self.exchangeDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailArea.setWidget(self.exchangeDetail)
        self.splitter.addWidget(self.detailArea)

        self.layout.addWidget(self.splitter)

        self.buttonRows = QHBoxLayout()
        self.buttonRows.setSpacing(14)
        self.buttonRows.setObjectName(u"buttonRows")
        self.outRow = QHBoxLayout()
        self.outRow.setObjectName(u"outRow")
        self.prepareButton = QPushButton(ExchangeView)
        self.prepareButton.setObjectName(u"prepareButton")

        self.outRow.addWidget(self.prepareButton)

        self.openDraftButton = QPushButton(ExchangeView)
        self.openDraftButton.setObjectName(u"openDraftButton")

        self.outRow.addWidget(self.openDraftButton)

        self.showFolderButton = QPushButton(ExchangeView)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.outRow.addWidget(self.showFolderButton)

        self.markSentButton = QPushButton(ExchangeView)
        self.markSentButton.setObjectName(u"markSentButton")

        self.outRow.addWidget(self.markSentButton)

        self.outSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outRow.addItem(self.outSpacer)

        self.outRow.setStretch(4, 1)

        self.buttonRows.addLayout(self.outRow)

        self.inRow = QHBoxLayout()
        self.inRow.setObjectName(u"inRow")
        self.addMinutesButton = QPushButton(ExchangeView)
        self.addMinutesButton.setObjectName(u"addMinutesButton")

        self.inRow.addWidget(self.addMinutesButton)

        self.openDocumentButton = QPushButton(ExchangeView)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.inRow.addWidget(self.openDocumentButton)

        self.removeButton = QPushButton(ExchangeView)
        self.removeButton.setObjectName(u"removeButton")

        self.inRow.addWidget(self.removeButton)

        self.inSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inRow.addItem(self.inSpacer)

        self.inRow.setStretch(3, 1)

        self.buttonRows.addLayout(self.inRow)

        self.buttonRows.setStretch(1, 1)

        self.layout.addLayout(self.buttonRows)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partnerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partnerCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.exchangeFilter)
        QWidget.setTabOrder(self.exchangeFilter, self.exchangeTable)
        QWidget.setTabOrder(self.exchangeTable, self.detailArea)
        QWidget.setTabOrder(self.detailArea, self.prepareButton)
        QWidget.setTabOrder(self.prepareButton, self.openDraftButton)
        QWidget.setTabOrder(self.openDraftButton, self.showFolderButton)
        QWidget.setTabOrder(self.showFolderButton, self.markSentButton)
        QWidget.setTabOrder(self.markSentButton, self.addMinutesButton)
        QWidget.setTabOrder(self.addMinutesButton, self.openDocumentButton)
        QWidget.setTabOrder(self.openDocumentButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.partnersButton)
        QWidget.setTabOrder(self.partnersButton, self.rulesButton)

        self.retranslateUi(ExchangeView)
    # setupUi

    def retranslateUi(self, ExchangeView):
        self.viewTitle.setText(QCoreApplication.translate("ExchangeView", u"<h2 style='margin:0'>Partner exchange</h2>", None))
        self.viewSubtitle.setText("")
        self.partnersButton.setText(QCoreApplication.translate("ExchangeView", u"Partner &Boards\u2026", None))
        self.rulesButton.setText(QCoreApplication.translate("ExchangeView", u"Overdue Rule&s\u2026", None))
        self.partnerLabel.setText(QCoreApplication.translate("ExchangeView", u"Part&ner:", None))
#if QT_CONFIG(accessibility)
        self.partnerCombo.setAccessibleName(QCoreApplication.translate("ExchangeView", u"Partner board", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("ExchangeView", u"Overdue onl&y", None))
#if QT_CONFIG(tooltip)
        self.exchangeFilter.setToolTip(QCoreApplication.translate("ExchangeView", u"Filters the register as you type, and finds the words in the text of the partners' minutes received", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exchangeFilter.setAccessibleName(QCoreApplication.translate("ExchangeView", u"Filter the register and search the partners' minutes", None))
#endif // QT_CONFIG(accessibility)
        self.exchangeFilter.setPlaceholderText(QCoreApplication.translate("ExchangeView", u"Filter, or find words in partners' minutes\u2026", None))
#if QT_CONFIG(accessibility)
        self.exchangeTable.setAccessibleName(QCoreApplication.translate("ExchangeView", u"Exchange register", None))
#endif // QT_CONFIG(accessibility)
        self.prepareButton.setText(QCoreApplication.translate("ExchangeView", u"&Prepare Package\u2026", None))
        self.openDraftButton.setText(QCoreApplication.translate("ExchangeView", u"Open E-mail &Draft", None))
        self.showFolderButton.setText(QCoreApplication.translate("ExchangeView", u"Show Fo&lder", None))
        self.markSentButton.setText(QCoreApplication.translate("ExchangeView", u"Mar&k Sent\u2026", None))
        self.addMinutesButton.setText(QCoreApplication.translate("ExchangeView", u"Add Partner M&inutes\u2026", None))
        self.openDocumentButton.setText(QCoreApplication.translate("ExchangeView", u"&Open Document", None))
        self.removeButton.setText(QCoreApplication.translate("ExchangeView", u"&Remove\u2026", None))
        pass
    # retranslateUi

