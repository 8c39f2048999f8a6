# Generated from forms/register_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_RegisterView(object):
    def setupUi(self, RegisterView):
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        RegisterView.resize(1100, 700)
        self.layout = QVBoxLayout(RegisterView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.titleLabel = QLabel(RegisterView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(RegisterView)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.layout.addWidget(self.subtitleLabel)

        self.balanceLabel = QLabel(RegisterView)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setWordWrap(True)
        self.balanceLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.balanceLabel)

        self.tabs = QTabWidget(RegisterView)
        self.tabs.setObjectName(u"tabs")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(8, 8, 8, 4)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.peopleTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryLabel = QLabel(self.peopleTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(self.peopleTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filterLayout.addWidget(self.categoryCombo)

        self.organisationLabel = QLabel(self.peopleTab)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.filterLayout.addWidget(self.organisationLabel)

        self.organisationCombo = QComboBox(self.peopleTab)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setMinimumSize(QSize(180, 0))

        self.filterLayout.addWidget(self.organisationCombo)

        self.statusLabel = QLabel(self.peopleTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.peopleTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.peopleLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(self.peopleTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.memberTable = QTableView(self.splitter)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.memberTable.setAlternatingRowColors(True)
        self.memberTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberTable.setSortingEnabled(True)
        self.memberTable.setWordWrap(False)
        self.splitter.addWidget(self.memberTable)
        self.memberTable.horizontalHeader().setStretchLastSection(True)
        self.memberTable.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailPanel.setMinimumSize(QSize(340, 0))
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(12, 0, 0, 0)
        self.nameLabel = QLabel(self.detailPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.nameLabel)

        self.statusLine = QLabel(self.detailPanel)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)

        self.detailLayout.addWidget(self.statusLine)

        self.detailsLabel = QLabel(self.detailPanel)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailsLabel)

        self.warningLabel = QLabel(self.detailPanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.warningLabel)

        self.membershipsHeading = QLabel(self.detailPanel)
        self.membershipsHeading.setObjectName(u"membershipsHeading")

        self.detailLayout.addWidget(self.membershipsHeading)

        self.membershipTable = QTableView(self.detailPanel)
        self.membershipTable.setObjectName(u"membershipTable")
        self.membershipTable.setMaximumSize(QSize(16777215, 160))
        self.membershipTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membershipTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membershipTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membershipTable.horizontalHeader().setStretchLastSection(True)
        self.membershipTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.membershipTable)

        self.membershipButtonLayout = QHBoxLayout()
        self.membershipButtonLayout.setObjectName(u"membershipButtonLayout")
        self.appointButton = QPushButton(self.detailPanel)
        self.appointButton.setObjectName(u"appointButton")

        self.membershipButtonLayout.addWidget(self.appointButton)

        self.endButton = QPushButton(self.detailPanel)
        self.endButton.setObjectName(u"endButton")

        self.membershipButtonLayout.addWidget(self.endButton)

        self.substituteButton = QPushButton(self.detailPanel)
        self.substituteButton.setObjectName(u"substituteButton")

        self.membershipButtonLayout.addWidget(self.substituteButton)

        self.membershipButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membershipButtonLayout.addItem(self.membershipButtonSpacer)


        self.detailLayout.addLayout(self.membershipButtonLayout)

        self.trainingHeading = QLabel(self.detailPanel)
        self.trainingHeading.setObjectName(u"trainingHeading")

        self.detailLayout.addWidget(self.trainingHeading)

        self.trainingTable = QTableView(self.detailPanel)
        self.trainingTable.setObjectName(u"trainingTable")
        self.trainingTable.setMaximumSize(QSize(16777215, 140))
        self.trainingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trainingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainingTable.horizontalHeader().setStretchLastSection(True)
        self.trainingTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.trainingTable)

        self.trainingButtonLayout = QHBoxLayout()
        self.trainingButtonLayout.setObjectName(u"trainingButtonLayout")
        self.addTrainingButton = QPushButton(self.detailPanel)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.trainingButtonLayout.addWidget(self.addTrainingButton)

        self.editTrainingButton = QPushButton(self.detailPanel)
        self.editTrainingButton.setObjectName(u"editTrainingButton")

        self.trainingButtonLayout.addWidget(self.editTrainingButton)

        self.removeTrainingButton = QPushButton(self.detailPanel)
        self.removeTrainingButton.setObjectName(u"removeTrainingButton")

        self.trainingButtonLayout.addWidget(self.removeTrainingButton)

        self.trainingButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainingButtonLayout.addItem(self.trainingButtonSpacer)


        self.detailLayout.addLayout(self.trainingButtonLayout)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.personButtonLayout = QHBoxLayout()
        self.personButtonLayout.setObjectName(u"personButtonLayout")
        self.editButton = QPushButton(self.detailPanel)
        self.editButton.setObjectName(u"editButton")

        self.personButtonLayout.addWidget(self.editButton)

        self.formerButton = QPushButton(self.detailPanel)
        self.formerButton.setObjectName(u"formerButton")

        self.personButtonLayout.addWidget(self.formerButton)

        self.personButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtonLayout.addItem(self.personButtonSpacer)


        self.detailLayout.addLayout(self.personButtonLayout)

        self.splitter.addWidget(self.detailPanel)

        self.peopleLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.addButton = QPushButton(self.peopleTab)
        self.addButton.setObjectName(u"addButton")

        self.bottomLayout.addWidget(self.addButton)

        self.importButton = QPushButton(self.peopleTab)
        self.importButton.setObjectName(u"importButton")

        self.bottomLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(self.peopleTab)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.footerLabel = QLabel(self.peopleTab)
        self.footerLabel.setObjectName(u"footerLabel")

        self.bottomLayout.addWidget(self.footerLabel)


        self.peopleLayout.addLayout(self.bottomLayout)

        self.tabs.addTab(self.peopleTab, "")
        self.trainingTab = QWidget()
        self.trainingTab.setObjectName(u"trainingTab")
        self.trainingTabLayout = QVBoxLayout(self.trainingTab)
        self.trainingTabLayout.setObjectName(u"trainingTabLayout")
        self.trainingTabLayout.setContentsMargins(8, 8, 8, 4)
        self.tabs.addTab(self.trainingTab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.memberTable)
        QWidget.setTabOrder(self.memberTable, self.membershipTable)
        QWidget.setTabOrder(self.membershipTable, self.appointButton)
        QWidget.setTabOrder(self.appointButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.substituteButton)
        QWidget.setTabOrder(self.substituteButton, self.trainingTable)
        QWidget.setTabOrder(self.trainingTable, self.addTrainingButton)
        QWidget.setTabOrder(self.addTrainingButton, self.editTrainingButton)
        QWidget.setTabOrder(self.editTrainingButton, self.removeTrainingButton)
        QWidget.setTabOrder(self.removeTrainingButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.formerButton)
        QWidget.setTabOrder(self.formerButton, self.addButton)
        QWidget.setTabOrder(self.addButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)

        self.retranslateUi(RegisterView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, RegisterView):
        self.titleLabel.setText(QCoreApplication.translate("RegisterView", u"<h2 style='margin:0'>Members</h2>", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Search names, e-mails, organisations, seats\u2026", None))
        self.categoryLabel.setText(QCoreApplication.translate("RegisterView", u"&Category:", None))
        self.organisationLabel.setText(QCoreApplication.translate("RegisterView", u"&Organisation:", None))
        self.statusLabel.setText(QCoreApplication.translate("RegisterView", u"&Show:", None))
        self.membershipsHeading.setText(QCoreApplication.translate("RegisterView", u"<b>Seats</b>", None))
        self.appointButton.setText(QCoreApplication.translate("RegisterView", u"&Appoint to Seat\u2026", None))
        self.endButton.setText(QCoreApplication.translate("RegisterView", u"E&nd\u2026", None))
        self.substituteButton.setText(QCoreApplication.translate("RegisterView", u"Su&bstitute\u2026", None))
        self.trainingHeading.setText(QCoreApplication.translate("RegisterView", u"<b>Induction and training</b>", None))
        self.addTrainingButton.setText(QCoreApplication.translate("RegisterView", u"Add &Training\u2026", None))
        self.editTrainingButton.setText(QCoreApplication.translate("RegisterView", u"E&dit\u2026", None))
        self.removeTrainingButton.setText(QCoreApplication.translate("RegisterView", u"&Remove", None))
        self.editButton.setText(QCoreApplication.translate("RegisterView", u"&Edit Details\u2026", None))
        self.formerButton.setText(QCoreApplication.translate("RegisterView", u"&Mark as Former\u2026", None))
        self.addButton.setText(QCoreApplication.translate("RegisterView", u"Add &Person\u2026", None))
        self.importButton.setText(QCoreApplication.translate("RegisterView", u"&Import CSV or Excel\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("RegisterView", u"E&xport\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("RegisterView", u"People", None))
        self.tabs.setTabText(self.tabs.indexOf(self.trainingTab), QCoreApplication.translate("RegisterView", u"Training", None))
        pass
    # retranslateUi

