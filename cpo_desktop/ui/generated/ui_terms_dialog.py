# Generated from forms/terms_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'terms_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSplitter, QTabWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_TermsDialog(object):
    def setupUi(self, TermsDialog):
        if not TermsDialog.objectName():
            TermsDialog.setObjectName(u"TermsDialog")
        TermsDialog.resize(760, 640)
        self.layout = QVBoxLayout(TermsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TermsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.tabs = QTabWidget(TermsDialog)
        self.tabs.setObjectName(u"tabs")
        self.termsTab = QWidget()
        self.termsTab.setObjectName(u"termsTab")
        self.termsLayout = QVBoxLayout(self.termsTab)
        self.termsLayout.setObjectName(u"termsLayout")
        self.versionLabel = QLabel(self.termsTab)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)

        self.termsLayout.addWidget(self.versionLabel)

        self.scrollArea = QScrollArea(self.termsTab)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.termsForm = QFormLayout(self.scrollContents)
        self.termsForm.setObjectName(u"termsForm")
        self.termsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.purposeLabel = QLabel(self.scrollContents)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.scrollContents)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMinimumSize(QSize(0, 110))
        self.purposeEdit.setTabChangesFocus(True)

        self.termsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.chairLabel = QLabel(self.scrollContents)
        self.chairLabel.setObjectName(u"chairLabel")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairEdit = QLineEdit(self.scrollContents)
        self.chairEdit.setObjectName(u"chairEdit")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.viceChairLabel = QLabel(self.scrollContents)
        self.viceChairLabel.setObjectName(u"viceChairLabel")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.viceChairLabel)

        self.viceChairEdit = QLineEdit(self.scrollContents)
        self.viceChairEdit.setObjectName(u"viceChairEdit")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.viceChairEdit)

        self.frequencyLabel = QLabel(self.scrollContents)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyEdit = QLineEdit(self.scrollContents)
        self.frequencyEdit.setObjectName(u"frequencyEdit")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.frequencyEdit)

        self.quorumLabel = QLabel(self.scrollContents)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumEdit = QPlainTextEdit(self.scrollContents)
        self.quorumEdit.setObjectName(u"quorumEdit")
        self.quorumEdit.setMinimumSize(QSize(0, 60))
        self.quorumEdit.setTabChangesFocus(True)

        self.termsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quorumEdit)

        self.accountabilityLabel = QLabel(self.scrollContents)
        self.accountabilityLabel.setObjectName(u"accountabilityLabel")

        self.termsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accountabilityLabel)

        self.accountabilityEdit = QPlainTextEdit(self.scrollContents)
        self.accountabilityEdit.setObjectName(u"accountabilityEdit")
        self.accountabilityEdit.setMinimumSize(QSize(0, 50))
        self.accountabilityEdit.setTabChangesFocus(True)

        self.termsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accountabilityEdit)

        self.scrutinyLabel = QLabel(self.scrollContents)
        self.scrutinyLabel.setObjectName(u"scrutinyLabel")

        self.termsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scrutinyLabel)

        self.scrutinyEdit = QPlainTextEdit(self.scrollContents)
        self.scrutinyEdit.setObjectName(u"scrutinyEdit")
        self.scrutinyEdit.setMinimumSize(QSize(0, 50))
        self.scrutinyEdit.setTabChangesFocus(True)

        self.termsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scrutinyEdit)

        self.partnersLabel = QLabel(self.scrollContents)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.termsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersEdit = QPlainTextEdit(self.scrollContents)
        self.partnersEdit.setObjectName(u"partnersEdit")
        self.partnersEdit.setMinimumSize(QSize(0, 50))
        self.partnersEdit.setTabChangesFocus(True)

        self.termsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partnersEdit)

        self.membershipLabel = QLabel(self.scrollContents)
        self.membershipLabel.setObjectName(u"membershipLabel")

        self.termsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.membershipLabel)

        self.membershipLayout = QVBoxLayout()
        self.membershipLayout.setObjectName(u"membershipLayout")
        self.membershipNote = QLabel(self.scrollContents)
        self.membershipNote.setObjectName(u"membershipNote")
        self.membershipNote.setWordWrap(True)

        self.membershipLayout.addWidget(self.membershipNote)

        self.membershipEdit = QPlainTextEdit(self.scrollContents)
        self.membershipEdit.setObjectName(u"membershipEdit")
        self.membershipEdit.setMinimumSize(QSize(0, 90))
        self.membershipEdit.setReadOnly(True)
        self.membershipEdit.setTabChangesFocus(True)

        self.membershipLayout.addWidget(self.membershipEdit)


        self.termsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.membershipLayout)

        self.scrollArea.setWidget(self.scrollContents)

        self.termsLayout.addWidget(self.scrollArea)

        self.changeGroup = QGroupBox(self.termsTab)
        self.changeGroup.setObjectName(u"changeGroup")
        self.changeForm = QFormLayout(self.changeGroup)
        self.changeForm.setObjectName(u"changeForm")
        self.changeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agreedLabel = QLabel(self.changeGroup)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.changeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreedLabel)

        self.agreedCombo = QComboBox(self.changeGroup)
        self.agreedCombo.setObjectName(u"agreedCombo")

        self.changeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreedCombo)

        self.effectiveLabel = QLabel(self.changeGroup)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.changeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveEdit = QDateEdit(self.changeGroup)
        self.effectiveEdit.setObjectName(u"effectiveEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.effectiveEdit.sizePolicy().hasHeightForWidth())
        self.effectiveEdit.setSizePolicy(sizePolicy)
        self.effectiveEdit.setCalendarPopup(True)

        self.changeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectiveEdit)

        self.noteLabel = QLabel(self.changeGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.changeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.changeGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.changeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.summaryLabel = QLabel(self.changeGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.changeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryLabel)


        self.termsLayout.addWidget(self.changeGroup)

        self.tabs.addTab(self.termsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historySplitter = QSplitter(self.historyTab)
        self.historySplitter.setObjectName(u"historySplitter")
        self.historySplitter.setOrientation(Qt.Orientation.Vertical)
        self.historySplitter.setChildrenCollapsible(False)
        self.historyTable = QTableView(self.historySplitter)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historySplitter.addWidget(self.historyTable)
        self.versionText = QTextBrowser(self.historySplitter)
        self.versionText.setObjectName(u"versionText")
        self.versionText.setOpenLinks(False)
        self.historySplitter.addWidget(self.versionText)

        self.historyLayout.addWidget(self.historySplitter)

        self.tabs.addTab(self.historyTab, "")

        self.layout.addWidget(self.tabs)

        self.problemLabel = QLabel(TermsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TermsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.chairLabel.setBuddy(self.chairEdit)
        self.viceChairLabel.setBuddy(self.viceChairEdit)
        self.frequencyLabel.setBuddy(self.frequencyEdit)
        self.quorumLabel.setBuddy(self.quorumEdit)
        self.accountabilityLabel.setBuddy(self.accountabilityEdit)
        self.scrutinyLabel.setBuddy(self.scrutinyEdit)
        self.partnersLabel.setBuddy(self.partnersEdit)
        self.agreedLabel.setBuddy(self.agreedCombo)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.viceChairEdit)
        QWidget.setTabOrder(self.viceChairEdit, self.frequencyEdit)
        QWidget.setTabOrder(self.frequencyEdit, self.quorumEdit)
        QWidget.setTabOrder(self.quorumEdit, self.accountabilityEdit)
        QWidget.setTabOrder(self.accountabilityEdit, self.scrutinyEdit)
        QWidget.setTabOrder(self.scrutinyEdit, self.partnersEdit)
        QWidget.setTabOrder(self.partnersEdit, self.membershipEdit)
        QWidget.setTabOrder(self.membershipEdit, self.agreedCombo)
        QWidget.setTabOrder(self.agreedCombo, self.effectiveEdit)
        QWidget.setTabOrder(self.effectiveEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.versionText)

        self.retranslateUi(TermsDialog)
        self.buttonBox.accepted.connect(TermsDialog.accept)
        self.buttonBox.rejected.connect(TermsDialog.reject)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, TermsDialog):
        TermsDialog.setWindowTitle(QCoreApplication.translate("TermsDialog", u"Board's Terms of Reference", None))
        self.introLabel.setText(QCoreApplication.translate("TermsDialog", u"The board's terms of reference. Saving a change makes a new version: the version before is kept, and each pack or report uses the version in force on its date.", None))
        self.versionLabel.setText(QCoreApplication.translate("TermsDialog", u"Version 1, in force from the start", None))
        self.purposeLabel.setText(QCoreApplication.translate("TermsDialog", u"&Purpose:", None))
        self.chairLabel.setText(QCoreApplication.translate("TermsDialog", u"&Chair:", None))
#if QT_CONFIG(tooltip)
        self.chairEdit.setToolTip(QCoreApplication.translate("TermsDialog", u"Who chairs the board, by role (e.g. the Lead Member for Children, Schools and Families)", None))
#endif // QT_CONFIG(tooltip)
        self.viceChairLabel.setText(QCoreApplication.translate("TermsDialog", u"&Vice-chair:", None))
        self.frequencyLabel.setText(QCoreApplication.translate("TermsDialog", u"&Frequency of meetings:", None))
        self.frequencyEdit.setPlaceholderText(QCoreApplication.translate("TermsDialog", u"Every 2 months", None))
        self.quorumLabel.setText(QCoreApplication.translate("TermsDialog", u"&Quorum:", None))
        self.accountabilityLabel.setText(QCoreApplication.translate("TermsDialog", u"&Accountability:", None))
        self.scrutinyLabel.setText(QCoreApplication.translate("TermsDialog", u"Overview and &Scrutiny:", None))
        self.partnersLabel.setText(QCoreApplication.translate("TermsDialog", u"Partner &boards:", None))
        self.membershipLabel.setText(QCoreApplication.translate("TermsDialog", u"Membership:", None))
        self.membershipNote.setText(QCoreApplication.translate("TermsDialog", u"The board's seats; change them in the Seats view.", None))
        self.changeGroup.setTitle(QCoreApplication.translate("TermsDialog", u"The change", None))
        self.agreedLabel.setText(QCoreApplication.translate("TermsDialog", u"Agreed &at:", None))
#if QT_CONFIG(tooltip)
        self.agreedCombo.setToolTip(QCoreApplication.translate("TermsDialog", u"The board meeting that agreed the change", None))
#endif // QT_CONFIG(tooltip)
        self.effectiveLabel.setText(QCoreApplication.translate("TermsDialog", u"In force &from:", None))
        self.effectiveEdit.setDisplayFormat(QCoreApplication.translate("TermsDialog", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("TermsDialog", u"&What changed:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TermsDialog", u"Why, in your words (the parts changed are named for you)", None))
        self.summaryLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.termsTab), QCoreApplication.translate("TermsDialog", u"&Terms", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("TermsDialog", u"&History", None))
        self.problemLabel.setText("")
    # retranslateUi

