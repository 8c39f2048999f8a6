# Generated from forms/officers_view.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officers_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OfficersView(object):
    def setupUi(self, OfficersView):
        if not OfficersView.objectName():
            OfficersView.setObjectName(u"OfficersView")
        OfficersView.resize(1000, 640)
        self.layout = QVBoxLayout(OfficersView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(OfficersView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(OfficersView)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.showFormerCheck = QCheckBox(OfficersView)
        self.showFormerCheck.setObjectName(u"showFormerCheck")

        self.headerLayout.addWidget(self.showFormerCheck, 0, Qt.AlignmentFlag.AlignBottom)

        self.filterEdit = QLineEdit(OfficersView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMaximumSize(QSize(280, 16777215))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit, 0, Qt.AlignmentFlag.AlignBottom)

        self.headerLayout.setStretch(0, 1)

        self.layout.addLayout(self.headerLayout)

        self.officerTable = QTableView(OfficersView)
        self.officerTable.setObjectName(u"officerTable")
        self.officerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.officerTable.setAlternatingRowColors(True)
        self.officerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.officerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.officerTable.setSortingEnabled(True)
        self.officerTable.horizontalHeader().setStretchLastSection(True)
        self.officerTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.officerTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.addButton = QPushButton(OfficersView)
        self.addButton.setObjectName(u"addButton")

        self.bottomLayout.addWidget(self.addButton)

        self.editButton = QPushButton(OfficersView)
        self.editButton.setObjectName(u"editButton")

        self.bottomLayout.addWidget(self.editButton)

        self.formerButton = QPushButton(OfficersView)
        self.formerButton.setObjectName(u"formerButton")

        self.bottomLayout.addWidget(self.formerButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.footerLabel = QLabel(OfficersView)
        self.footerLabel.setObjectName(u"footerLabel")
        self.footerLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.footerLabel)


        self.layout.addLayout(self.bottomLayout)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.showFormerCheck, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.officerTable)
        QWidget.setTabOrder(self.officerTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.formerButton)

        self.retranslateUi(OfficersView)
    # setupUi

    def retranslateUi(self, OfficersView):
        self.titleLabel.setText(QCoreApplication.translate("OfficersView", u"<h2 style='margin:0'>Reporting officers</h2>", None))
        self.showFormerCheck.setText(QCoreApplication.translate("OfficersView", u"Show former &officers", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OfficersView", u"Filter officers\u2026", None))
        self.addButton.setText(QCoreApplication.translate("OfficersView", u"&Add Officer\u2026", None))
        self.editButton.setText(QCoreApplication.translate("OfficersView", u"&Edit\u2026", None))
        self.formerButton.setText(QCoreApplication.translate("OfficersView", u"&Mark as Former", None))
        pass
    # retranslateUi

