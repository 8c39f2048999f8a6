# Generated from forms/plan_year_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_year_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_PlanYearDialog(object):
    def setupUi(self, PlanYearDialog):
        if not PlanYearDialog.objectName():
            PlanYearDialog.setObjectName(u"PlanYearDialog")
        PlanYearDialog.resize(640, 420)
        self.layout = QVBoxLayout(PlanYearDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PlanYearDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(PlanYearDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(PlanYearDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2027)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearRangeLabel = QLabel(PlanYearDialog)
        self.yearRangeLabel.setObjectName(u"yearRangeLabel")

        self.yearLayout.addWidget(self.yearRangeLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.layout.addLayout(self.yearLayout)

        self.previewTable = QTableView(PlanYearDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.previewTable)

        self.warningLabel = QLabel(PlanYearDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.problemLabel = QLabel(PlanYearDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(PlanYearDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.previewTable)

        self.retranslateUi(PlanYearDialog)
        self.buttonBox.accepted.connect(PlanYearDialog.accept)
        self.buttonBox.rejected.connect(PlanYearDialog.reject)
    # setupUi

    def retranslateUi(self, PlanYearDialog):
        PlanYearDialog.setWindowTitle(QCoreApplication.translate("PlanYearDialog", u"Plan a Municipal Year", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanYearDialog", u"Municipal &year starting in May:", None))
    # retranslateUi

