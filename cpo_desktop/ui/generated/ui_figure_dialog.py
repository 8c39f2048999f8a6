# Generated from forms/figure_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figure_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_FigureDialog(object):
    def setupUi(self, FigureDialog):
        if not FigureDialog.objectName():
            FigureDialog.setObjectName(u"FigureDialog")
        FigureDialog.resize(560, 520)
        self.layout = QVBoxLayout(FigureDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(FigureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.indicatorLabel = QLabel(FigureDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorCombo = QComboBox(FigureDialog)
        self.indicatorCombo.setObjectName(u"indicatorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicatorCombo)

        self.periodLabel = QLabel(FigureDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QVBoxLayout()
        self.periodLayout.setSpacing(2)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodEdit = QLineEdit(FigureDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.periodLayout.addWidget(self.periodEdit)

        self.periodHint = QLabel(FigureDialog)
        self.periodHint.setObjectName(u"periodHint")
        self.periodHint.setWordWrap(True)

        self.periodLayout.addWidget(self.periodHint)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.valueLabel = QLabel(FigureDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueLayout = QVBoxLayout()
        self.valueLayout.setSpacing(2)
        self.valueLayout.setObjectName(u"valueLayout")
        self.valueEdit = QLineEdit(FigureDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueLayout.addWidget(self.valueEdit)

        self.valueHint = QLabel(FigureDialog)
        self.valueHint.setObjectName(u"valueHint")
        self.valueHint.setWordWrap(True)

        self.valueLayout.addWidget(self.valueHint)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.valueLayout)

        self.englandLabel = QLabel(FigureDialog)
        self.englandLabel.setObjectName(u"englandLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.englandLabel)

        self.englandEdit = QLineEdit(FigureDialog)
        self.englandEdit.setObjectName(u"englandEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.englandEdit)

        self.regionLabel = QLabel(FigureDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(FigureDialog)
        self.regionEdit.setObjectName(u"regionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.neighboursLabel = QLabel(FigureDialog)
        self.neighboursLabel.setObjectName(u"neighboursLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.neighboursLabel)

        self.neighboursEdit = QLineEdit(FigureDialog)
        self.neighboursEdit.setObjectName(u"neighboursEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.neighboursEdit)

        self.targetLabel = QLabel(FigureDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetEdit = QLineEdit(FigureDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.commentaryLabel = QLabel(FigureDialog)
        self.commentaryLabel.setObjectName(u"commentaryLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.commentaryLabel)

        self.commentaryLayout = QVBoxLayout()
        self.commentaryLayout.setSpacing(2)
        self.commentaryLayout.setObjectName(u"commentaryLayout")
        self.commentaryEdit = QPlainTextEdit(FigureDialog)
        self.commentaryEdit.setObjectName(u"commentaryEdit")
        self.commentaryEdit.setTabChangesFocus(True)
        self.commentaryEdit.setMinimumSize(QSize(0, 80))

        self.commentaryLayout.addWidget(self.commentaryEdit)

        self.commentaryHint = QLabel(FigureDialog)
        self.commentaryHint.setObjectName(u"commentaryHint")
        self.commentaryHint.setWordWrap(True)

        self.commentaryLayout.addWidget(self.commentaryHint)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.commentaryLayout)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(FigureDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(FigureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.indicatorLabel.setBuddy(self.indicatorCombo)
        self.periodLabel.setBuddy(self.periodEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.englandLabel.setBuddy(self.englandEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.neighboursLabel.setBuddy(self.neighboursEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.commentaryLabel.setBuddy(self.commentaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.indicatorCombo, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.englandEdit)
        QWidget.setTabOrder(self.englandEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.neighboursEdit)
        QWidget.setTabOrder(self.neighboursEdit, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.commentaryEdit)

        self.retranslateUi(FigureDialog)
        self.buttonBox.accepted.connect(FigureDialog.accept)
        self.buttonBox.rejected.connect(FigureDialog.reject)
    # setupUi

    def retranslateUi(self, FigureDialog):
        FigureDialog.setWindowTitle(QCoreApplication.translate("FigureDialog", u"Figure", None))
        self.indicatorLabel.setText(QCoreApplication.translate("FigureDialog", u"&Indicator:", None))
#if QT_CONFIG(accessibility)
        self.indicatorCombo.setAccessibleName(QCoreApplication.translate("FigureDialog", u"Indicator", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("FigureDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("FigureDialog", u"2026-11, 2026-Q3 or 2026", None))
        self.valueLabel.setText(QCoreApplication.translate("FigureDialog", u"&Value:", None))
#if QT_CONFIG(accessibility)
        self.valueEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"Value or DfE mark", None))
#endif // QT_CONFIG(accessibility)
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("FigureDialog", u"a number, or a mark: c, z, k or x", None))
#if QT_CONFIG(tooltip)
        self.valueEdit.setToolTip(QCoreApplication.translate("FigureDialog", u"A number, or a DfE mark: c (confidential), z (not applicable), k (rounds to zero), x (not available)", None))
#endif // QT_CONFIG(tooltip)
        self.englandLabel.setText(QCoreApplication.translate("FigureDialog", u"&England:", None))
#if QT_CONFIG(accessibility)
        self.englandEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"England's figure", None))
#endif // QT_CONFIG(accessibility)
        self.regionLabel.setText(QCoreApplication.translate("FigureDialog", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.regionEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"The region's figure", None))
#endif // QT_CONFIG(accessibility)
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("FigureDialog", u"North West or the Liverpool City Region", None))
        self.neighboursLabel.setText(QCoreApplication.translate("FigureDialog", u"&Neighbours:", None))
#if QT_CONFIG(accessibility)
        self.neighboursEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"The statistical neighbours' figure", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("FigureDialog", u"&Target:", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"The local target", None))
#endif // QT_CONFIG(accessibility)
        self.commentaryLabel.setText(QCoreApplication.translate("FigureDialog", u"&Commentary:", None))
#if QT_CONFIG(accessibility)
        self.commentaryEdit.setAccessibleName(QCoreApplication.translate("FigureDialog", u"Commentary", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

