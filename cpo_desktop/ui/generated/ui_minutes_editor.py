# Generated from forms/minutes_editor.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_MinutesEditor(object):
    def setupUi(self, MinutesEditor):
        if not MinutesEditor.objectName():
            MinutesEditor.setObjectName(u"MinutesEditor")
        MinutesEditor.resize(1000, 560)
        self.layout = QVBoxLayout(MinutesEditor)
        self.layout.setObjectName(u"layout")
        self.lockBanner = QLabel(MinutesEditor)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setTextFormat(Qt.TextFormat.RichText)
        self.lockBanner.setWordWrap(True)

        self.layout.addWidget(self.lockBanner)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.startButton = QPushButton(MinutesEditor)
        self.startButton.setObjectName(u"startButton")

        self.recordButtons.addWidget(self.startButton)

        self.confirmButton = QPushButton(MinutesEditor)
        self.confirmButton.setObjectName(u"confirmButton")

        self.recordButtons.addWidget(self.confirmButton)

        self.signButton = QPushButton(MinutesEditor)
        self.signButton.setObjectName(u"signButton")

        self.recordButtons.addWidget(self.signButton)

        self.closedButton = QPushButton(MinutesEditor)
        self.closedButton.setObjectName(u"closedButton")

        self.recordButtons.addWidget(self.closedButton)

        self.amendButton = QPushButton(MinutesEditor)
        self.amendButton.setObjectName(u"amendButton")

        self.recordButtons.addWidget(self.amendButton)

        self.exportButton = QPushButton(MinutesEditor)
        self.exportButton.setObjectName(u"exportButton")

        self.recordButtons.addWidget(self.exportButton)

        self.lettersButton = QPushButton(MinutesEditor)
        self.lettersButton.setObjectName(u"lettersButton")

        self.recordButtons.addWidget(self.lettersButton)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordSpacer)

        self.recordButtons.setStretch(7, 1)

        self.layout.addLayout(self.recordButtons)

        self.notStarted = QLabel(MinutesEditor)
        self.notStarted.setObjectName(u"notStarted")
        self.notStarted.setTextFormat(Qt.TextFormat.RichText)
        self.notStarted.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.notStarted.setWordWrap(True)

        self.layout.addWidget(self.notStarted)

        self.splitter = QSplitter(MinutesEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.minuteList = QListWidget(self.splitter)
        self.minuteList.setObjectName(u"minuteList")
        self.minuteList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.minuteList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.minuteList.setSpacing(2)
        self.splitter.addWidget(self.minuteList)
        self.minutePane = QWidget(self.splitter)
        self.minutePane.setObjectName(u"minutePane")
        self.minuteLayout = QVBoxLayout(self.minutePane)
        self.minuteLayout.setObjectName(u"minuteLayout")
        self.minuteLayout.setContentsMargins(8, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.numberLabel = QLabel(self.minutePane)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setTextFormat(Qt.TextFormat.RichText)

        self.titleRow.addWidget(self.numberLabel)

        self.titleEdit = QLineEdit(self.minutePane)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleRow.addWidget(self.titleEdit)

        self.titleRow.setStretch(1, 1)

        self.minuteLayout.addLayout(self.titleRow)

        self.presenterLabel = QLabel(self.minutePane)
        self.presenterLabel.setObjectName(u"presenterLabel")
        self.presenterLabel.setWordWrap(True)
        self.presenterLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.minuteLayout.addWidget(self.presenterLabel)

        self.discussionLabel = QLabel(self.minutePane)
        self.discussionLabel.setObjectName(u"discussionLabel")

        self.minuteLayout.addWidget(self.discussionLabel)

        self.discussionEdit = QPlainTextEdit(self.minutePane)
        self.discussionEdit.setObjectName(u"discussionEdit")
        self.discussionEdit.setTabChangesFocus(True)

        self.minuteLayout.addWidget(self.discussionEdit)

        self.resolutionsLabel = QLabel(self.minutePane)
        self.resolutionsLabel.setObjectName(u"resolutionsLabel")

        self.minuteLayout.addWidget(self.resolutionsLabel)

        self.resolutionList = QListWidget(self.minutePane)
        self.resolutionList.setObjectName(u"resolutionList")
        self.resolutionList.setMaximumSize(QSize(16777215, 96))
        self.resolutionList.setWordWrap(True)

        self.minuteLayout.addWidget(self.resolutionList)

        self.resolutionButtons = QHBoxLayout()
        self.resolutionButtons.setObjectName(u"resolutionButtons")
        self.addResolutionButton = QPushButton(self.minutePane)
        self.addResolutionButton.setObjectName(u"addResolutionButton")

        self.resolutionButtons.addWidget(self.addResolutionButton)

        self.changeResolutionButton = QPushButton(self.minutePane)
        self.changeResolutionButton.setObjectName(u"changeResolutionButton")

        self.resolutionButtons.addWidget(self.changeResolutionButton)

        self.removeResolutionButton = QPushButton(self.minutePane)
        self.removeResolutionButton.setObjectName(u"removeResolutionButton")

        self.resolutionButtons.addWidget(self.removeResolutionButton)

        self.resolutionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolutionButtons.addItem(self.resolutionSpacer)

        self.resolutionButtons.setStretch(3, 1)

        self.minuteLayout.addLayout(self.resolutionButtons)

        self.actionsLabel = QLabel(self.minutePane)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.minuteLayout.addWidget(self.actionsLabel)

        self.minuteActions = QListWidget(self.minutePane)
        self.minuteActions.setObjectName(u"minuteActions")
        self.minuteActions.setMaximumSize(QSize(16777215, 80))

        self.minuteLayout.addWidget(self.minuteActions)

        self.minuteActionButtons = QHBoxLayout()
        self.minuteActionButtons.setObjectName(u"minuteActionButtons")
        self.addMinuteActionButton = QPushButton(self.minutePane)
        self.addMinuteActionButton.setObjectName(u"addMinuteActionButton")

        self.minuteActionButtons.addWidget(self.addMinuteActionButton)

        self.minuteActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minuteActionButtons.addItem(self.minuteActionSpacer)

        self.minuteActionButtons.setStretch(1, 1)

        self.minuteLayout.addLayout(self.minuteActionButtons)

        self.minuteLayout.setStretch(3, 3)
        self.minuteLayout.setStretch(5, 1)
        self.minuteLayout.setStretch(8, 1)
        self.splitter.addWidget(self.minutePane)

        self.layout.addWidget(self.splitter)

        self.amendmentsLabel = QLabel(MinutesEditor)
        self.amendmentsLabel.setObjectName(u"amendmentsLabel")

        self.layout.addWidget(self.amendmentsLabel)

        self.amendmentTable = QTableView(MinutesEditor)
        self.amendmentTable.setObjectName(u"amendmentTable")
        self.amendmentTable.setMaximumSize(QSize(16777215, 110))
        self.amendmentTable.setWordWrap(False)

        self.layout.addWidget(self.amendmentTable)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.discussionLabel.setBuddy(self.discussionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesEditor)
    # setupUi

    def retranslateUi(self, MinutesEditor):
        self.startButton.setText(QCoreApplication.translate("MinutesEditor", u"&Start Minutes from Agenda", None))
        self.confirmButton.setText(QCoreApplication.translate("MinutesEditor", u"&Confirm at Next Meeting\u2026", None))
        self.signButton.setText(QCoreApplication.translate("MinutesEditor", u"Record Si&gnature\u2026", None))
#if QT_CONFIG(tooltip)
        self.closedButton.setToolTip(QCoreApplication.translate("MinutesEditor", u"Record when the meeting closed", None))
#endif // QT_CONFIG(tooltip)
        self.closedButton.setText(QCoreApplication.translate("MinutesEditor", u"Closing T&ime\u2026", None))
        self.amendButton.setText(QCoreApplication.translate("MinutesEditor", u"A&mend\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("MinutesEditor", u"&Export\u2026", None))
        self.lettersButton.setText(QCoreApplication.translate("MinutesEditor", u"&Letters to Absent\u2026", None))
#if QT_CONFIG(accessibility)
        self.minuteList.setAccessibleName(QCoreApplication.translate("MinutesEditor", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MinutesEditor", u"Minute title", None))
#endif // QT_CONFIG(accessibility)
        self.discussionLabel.setText(QCoreApplication.translate("MinutesEditor", u"&Discussion:", None))
#if QT_CONFIG(accessibility)
        self.discussionEdit.setAccessibleName(QCoreApplication.translate("MinutesEditor", u"Discussion", None))
#endif // QT_CONFIG(accessibility)
        self.discussionEdit.setPlaceholderText(QCoreApplication.translate("MinutesEditor", u"What was said: the report's main points, members' questions and the answers given.", None))
        self.resolutionsLabel.setText(QCoreApplication.translate("MinutesEditor", u"<b>Resolutions</b>", None))
#if QT_CONFIG(accessibility)
        self.resolutionList.setAccessibleName(QCoreApplication.translate("MinutesEditor", u"Resolutions", None))
#endif // QT_CONFIG(accessibility)
        self.addResolutionButton.setText(QCoreApplication.translate("MinutesEditor", u"Add &Resolution\u2026", None))
        self.changeResolutionButton.setText(QCoreApplication.translate("MinutesEditor", u"C&hange\u2026", None))
        self.removeResolutionButton.setText(QCoreApplication.translate("MinutesEditor", u"Remo&ve", None))
        self.actionsLabel.setText(QCoreApplication.translate("MinutesEditor", u"<b>Actions agreed</b>", None))
#if QT_CONFIG(accessibility)
        self.minuteActions.setAccessibleName(QCoreApplication.translate("MinutesEditor", u"Actions agreed under this minute", None))
#endif // QT_CONFIG(accessibility)
        self.addMinuteActionButton.setText(QCoreApplication.translate("MinutesEditor", u"Add Ac&tion\u2026", None))
        self.amendmentsLabel.setText(QCoreApplication.translate("MinutesEditor", u"<b>Amendments</b> (who, when and why)", None))
        pass
    # retranslateUi

