# Generated from forms/packs_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

from cpo_desktop.ui.packs.choose import (AnnualOptions, ChoiceList, InductionOptions,
    MeetingOptions)
from cpo_desktop.ui.packs.library import (TextsPage)
from cpo_desktop.ui.packs.output import (HistoryBox, PreviewPanel)
from cpo_desktop.ui.packs.preflight import (PreflightBox)

class Ui_PacksView(object):
    def setupUi(self, PacksView):
        if not PacksView.objectName():
            PacksView.setObjectName(u"PacksView")
        self.layout = QVBoxLayout(PacksView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.header = QWidget(PacksView)
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


        self.layout.addWidget(self.header)

        self.splitter = QSplitter(PacksView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.left = QWidget(self.splitter)
        self.left.setObjectName(u"left")
        self.left.setMinimumSize(QSize(320, 0))
        self.left.setMaximumSize(QSize(520, 16777215))
        self.leftLayout = QVBoxLayout(self.left)
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.makeLabel = QLabel(self.left)
        self.makeLabel.setObjectName(u"makeLabel")

        self.leftLayout.addWidget(self.makeLabel)

        self.packChoices = ChoiceList(self.left)
        self.packChoices.setObjectName(u"packChoices")

        self.leftLayout.addWidget(self.packChoices)

        self.options = QStackedWidget(self.left)
        self.options.setObjectName(u"options")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.options.sizePolicy().hasHeightForWidth())
        self.options.setSizePolicy(sizePolicy)
        self.meetingOptions = MeetingOptions()
        self.meetingOptions.setObjectName(u"meetingOptions")
        self.options.addWidget(self.meetingOptions)
        self.inductionOptions = InductionOptions()
        self.inductionOptions.setObjectName(u"inductionOptions")
        self.options.addWidget(self.inductionOptions)
        self.annualOptions = AnnualOptions()
        self.annualOptions.setObjectName(u"annualOptions")
        self.options.addWidget(self.annualOptions)
        self.textsPage = TextsPage()
        self.textsPage.setObjectName(u"textsPage")
        self.options.addWidget(self.textsPage)

        self.leftLayout.addWidget(self.options)

        self.optionNote = QLabel(self.left)
        self.optionNote.setObjectName(u"optionNote")
        self.optionNote.setStyleSheet(u"QLabel { color: #555; }")
        self.optionNote.setWordWrap(True)

        self.leftLayout.addWidget(self.optionNote)

        self.buildRow = QWidget(self.left)
        self.buildRow.setObjectName(u"buildRow")
        self.buildLayout = QHBoxLayout(self.buildRow)
        self.buildLayout.setObjectName(u"buildLayout")
        self.buildLayout.setContentsMargins(0, 0, 0, 0)
        self.buildButton = QPushButton(self.buildRow)
        self.buildButton.setObjectName(u"buildButton")
        self.buildButton.setMinimumSize(QSize(0, 32))

        self.buildLayout.addWidget(self.buildButton)

        self.previewInductionButton = QPushButton(self.buildRow)
        self.previewInductionButton.setObjectName(u"previewInductionButton")

        self.buildLayout.addWidget(self.previewInductionButton)

        self.buildLayout.setStretch(0, 1)

        self.leftLayout.addWidget(self.buildRow)

        self.historyBox = HistoryBox(self.left)
        self.historyBox.setObjectName(u"historyBox")

        self.leftLayout.addWidget(self.historyBox)

        self.leftLayout.setStretch(5, 1)
        self.splitter.addWidget(self.left)
        self.right = QStackedWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.packSide = QSplitter()
        self.packSide.setObjectName(u"packSide")
        self.packSide.setOrientation(Qt.Orientation.Vertical)
        self.packSide.setChildrenCollapsible(False)
        self.preflightBox = PreflightBox(self.packSide)
        self.preflightBox.setObjectName(u"preflightBox")
        self.packSide.addWidget(self.preflightBox)
        self.previewPanel = PreviewPanel(self.packSide)
        self.previewPanel.setObjectName(u"previewPanel")
        self.packSide.addWidget(self.previewPanel)
        self.right.addWidget(self.packSide)
        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(1, 1)

        self.retranslateUi(PacksView)

        self.buildButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PacksView):
        self.viewTitle.setText(QCoreApplication.translate("PacksView", u"<h2 style='margin:0'>Packs</h2>", None))
        self.viewSubtitle.setText(QCoreApplication.translate("PacksView", u"The papers that leave your desk: build them, check them in the preview, then print them or save a copy.", None))
        self.makeLabel.setText(QCoreApplication.translate("PacksView", u"<b>Make</b>", None))
        self.buildButton.setText(QCoreApplication.translate("PacksView", u"&Build Agenda Pack", None))
        self.previewInductionButton.setText(QCoreApplication.translate("PacksView", u"Preview &Without Issuing", None))
        pass
    # retranslateUi

