# Generated from forms/minutes_declarations.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_declarations.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_MinutesDeclarations(object):
    def setupUi(self, MinutesDeclarations):
        if not MinutesDeclarations.objectName():
            MinutesDeclarations.setObjectName(u"MinutesDeclarations")
        MinutesDeclarations.resize(1000, 560)
        self.layout = QVBoxLayout(MinutesDeclarations)
        self.layout.setObjectName(u"layout")
        self.declarationsIntro = QLabel(MinutesDeclarations)
        self.declarationsIntro.setObjectName(u"declarationsIntro")
        self.declarationsIntro.setWordWrap(True)

        self.layout.addWidget(self.declarationsIntro)

        self.declarationTable = QTableView(MinutesDeclarations)
        self.declarationTable.setObjectName(u"declarationTable")
        self.declarationTable.setWordWrap(False)

        self.layout.addWidget(self.declarationTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addDeclarationButton = QPushButton(MinutesDeclarations)
        self.addDeclarationButton.setObjectName(u"addDeclarationButton")

        self.buttonRow.addWidget(self.addDeclarationButton)

        self.removeDeclarationButton = QPushButton(MinutesDeclarations)
        self.removeDeclarationButton.setObjectName(u"removeDeclarationButton")

        self.buttonRow.addWidget(self.removeDeclarationButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonRow.setStretch(2, 1)

        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(MinutesDeclarations)
    # setupUi

    def retranslateUi(self, MinutesDeclarations):
        self.declarationsIntro.setText(QCoreApplication.translate("MinutesDeclarations", u"Interests declared at the meeting, against the items they concern.", None))
#if QT_CONFIG(accessibility)
        self.declarationTable.setAccessibleName(QCoreApplication.translate("MinutesDeclarations", u"Declarations of interest", None))
#endif // QT_CONFIG(accessibility)
        self.addDeclarationButton.setText(QCoreApplication.translate("MinutesDeclarations", u"&Add Declaration\u2026", None))
        self.removeDeclarationButton.setText(QCoreApplication.translate("MinutesDeclarations", u"&Remove", None))
        pass
    # retranslateUi

