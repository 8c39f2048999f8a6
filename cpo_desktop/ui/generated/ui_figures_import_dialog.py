# Generated from forms/figures_import_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figures_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_FiguresImportDialog(object):
    def setupUi(self, FiguresImportDialog):
        if not FiguresImportDialog.objectName():
            FiguresImportDialog.setObjectName(u"FiguresImportDialog")
        FiguresImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(FiguresImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileLabel = QLabel(FiguresImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(FiguresImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.summaryLabel)

        self.columnsLabel = QLabel(FiguresImportDialog)
        self.columnsLabel.setObjectName(u"columnsLabel")
        self.columnsLabel.setWordWrap(True)
        self.columnsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.columnsLabel)

        self.tabs = QTabWidget(FiguresImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemTable = QTableView(self.problemsTab)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemTable.setWordWrap(False)

        self.problemsLayout.addWidget(self.problemTable)

        self.tabs.addTab(self.problemsTab, "")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figureTable = QTableView(self.figuresTab)
        self.figureTable.setObjectName(u"figureTable")
        self.figureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figureTable.setAlternatingRowColors(True)
        self.figureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figureTable.setWordWrap(False)

        self.figuresLayout.addWidget(self.figureTable)

        self.tabs.addTab(self.figuresTab, "")

        self.layout.addWidget(self.tabs)

        self.problemLabel = QLabel(FiguresImportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(FiguresImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.problemTable)
        QWidget.setTabOrder(self.problemTable, self.figureTable)

        self.retranslateUi(FiguresImportDialog)
        self.buttonBox.accepted.connect(FiguresImportDialog.accept)
        self.buttonBox.rejected.connect(FiguresImportDialog.reject)
    # setupUi

    def retranslateUi(self, FiguresImportDialog):
        FiguresImportDialog.setWindowTitle(QCoreApplication.translate("FiguresImportDialog", u"Import Figures", None))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(QCoreApplication.translate("FiguresImportDialog", u"Problems by row and column", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("FiguresImportDialog", u"&Problems", None))
#if QT_CONFIG(accessibility)
        self.figureTable.setAccessibleName(QCoreApplication.translate("FiguresImportDialog", u"Figures to import", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("FiguresImportDialog", u"&Figures", None))
    # retranslateUi

