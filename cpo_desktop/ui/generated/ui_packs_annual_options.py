# Generated from forms/packs_annual_options.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_annual_options.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel)

class Ui_AnnualOptions(object):
    def setupUi(self, AnnualOptions):
        if not AnnualOptions.objectName():
            AnnualOptions.setObjectName(u"AnnualOptions")
        self.grid = QGridLayout(AnnualOptions)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.yearLabel = QLabel(AnnualOptions)
        self.yearLabel.setObjectName(u"yearLabel")

        self.grid.addWidget(self.yearLabel, 0, 0, 1, 1)

        self.yearCombo = QComboBox(AnnualOptions)
        self.yearCombo.setObjectName(u"yearCombo")

        self.grid.addWidget(self.yearCombo, 0, 1, 1, 1)

        self.committeeCheck = QCheckBox(AnnualOptions)
        self.committeeCheck.setObjectName(u"committeeCheck")

        self.grid.addWidget(self.committeeCheck, 1, 0, 1, 1)

        self.committeeDate = QDateEdit(AnnualOptions)
        self.committeeDate.setObjectName(u"committeeDate")
        self.committeeDate.setEnabled(False)
        self.committeeDate.setCalendarPopup(True)

        self.grid.addWidget(self.committeeDate, 1, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnualOptions)
    # setupUi

    def retranslateUi(self, AnnualOptions):
        self.yearLabel.setText(QCoreApplication.translate("AnnualOptions", u"Municipal &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("AnnualOptions", u"Municipal year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.committeeCheck.setToolTip(QCoreApplication.translate("AnnualOptions", u"The date of the Overview and Scrutiny Committee's meeting the report goes to; without it the report says \u201cTo be confirmed\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.committeeCheck.setText(QCoreApplication.translate("AnnualOptions", u"Co&mmittee meets on:", None))
#if QT_CONFIG(accessibility)
        self.committeeDate.setAccessibleName(QCoreApplication.translate("AnnualOptions", u"Date of the Committee's meeting", None))
#endif // QT_CONFIG(accessibility)
        self.committeeDate.setDisplayFormat(QCoreApplication.translate("AnnualOptions", u"dd/MM/yyyy", None))
        pass
    # retranslateUi

