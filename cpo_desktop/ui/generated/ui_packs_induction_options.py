# Generated from forms/packs_induction_options.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_induction_options.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel)

class Ui_InductionOptions(object):
    def setupUi(self, InductionOptions):
        if not InductionOptions.objectName():
            InductionOptions.setObjectName(u"InductionOptions")
        self.grid = QGridLayout(InductionOptions)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.personLabel = QLabel(InductionOptions)
        self.personLabel.setObjectName(u"personLabel")

        self.grid.addWidget(self.personLabel, 0, 0, 1, 1)

        self.personCombo = QComboBox(InductionOptions)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.personCombo.setMinimumContentsLength(18)

        self.grid.addWidget(self.personCombo, 0, 1, 1, 1)

        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InductionOptions)
    # setupUi

    def retranslateUi(self, InductionOptions):
        self.personLabel.setText(QCoreApplication.translate("InductionOptions", u"P&erson:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("InductionOptions", u"Person", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

