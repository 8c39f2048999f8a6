# Generated from forms/import_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.layout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.matchSeatsCheck = QCheckBox(ImportDialog)
        self.matchSeatsCheck.setObjectName(u"matchSeatsCheck")

        self.layout.addWidget(self.matchSeatsCheck)

        self.mappingGroup = QGroupBox(ImportDialog)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingLayout = QFormLayout(self.mappingGroup)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.layout.addWidget(self.mappingGroup)

        self.previewTable = QTableView(ImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.previewTable)

        self.duplicatesGroup = QGroupBox(ImportDialog)
        self.duplicatesGroup.setObjectName(u"duplicatesGroup")
        self.duplicatesLayout = QHBoxLayout(self.duplicatesGroup)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.skipRadio = QRadioButton(self.duplicatesGroup)
        self.skipRadio.setObjectName(u"skipRadio")
        self.skipRadio.setChecked(True)

        self.duplicatesLayout.addWidget(self.skipRadio)

        self.updateRadio = QRadioButton(self.duplicatesGroup)
        self.updateRadio.setObjectName(u"updateRadio")

        self.duplicatesLayout.addWidget(self.updateRadio)

        self.duplicatesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicatesLayout.addItem(self.duplicatesSpacer)


        self.layout.addWidget(self.duplicatesGroup)

        self.problemLabel = QLabel(ImportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(4, 1)

        self.retranslateUi(ImportDialog)
        self.buttonBox.rejected.connect(ImportDialog.reject)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import Members from CSV or Excel", None))
        self.matchSeatsCheck.setText(QCoreApplication.translate("ImportDialog", u"&Propose a seat for each person (from the job title, category and organisation): a board list without the seats' exact titles", None))
#if QT_CONFIG(tooltip)
        self.matchSeatsCheck.setToolTip(QCoreApplication.translate("ImportDialog", u"Each row gets the seat that matches it best; change any in the Seat column. Everyone is appointed from the row's start date (today if the file gives none).", None))
#endif // QT_CONFIG(tooltip)
        self.mappingGroup.setTitle(QCoreApplication.translate("ImportDialog", u"Columns not recognised \u2014 choose what each holds", None))
        self.duplicatesGroup.setTitle(QCoreApplication.translate("ImportDialog", u"People already in the register", None))
        self.skipRadio.setText(QCoreApplication.translate("ImportDialog", u"&Skip them (keep the register as it is)", None))
        self.updateRadio.setText(QCoreApplication.translate("ImportDialog", u"&Update them from the file", None))
    # retranslateUi

