# Generated from forms/indicator_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_IndicatorDialog(object):
    def setupUi(self, IndicatorDialog):
        if not IndicatorDialog.objectName():
            IndicatorDialog.setObjectName(u"IndicatorDialog")
        IndicatorDialog.resize(620, 600)
        self.layout = QVBoxLayout(IndicatorDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(IndicatorDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(IndicatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IndicatorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.keyLabel = QLabel(IndicatorDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(IndicatorDialog)
        self.keyEdit.setObjectName(u"keyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.definitionLabel = QLabel(IndicatorDialog)
        self.definitionLabel.setObjectName(u"definitionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.definitionLabel)

        self.definitionEdit = QPlainTextEdit(IndicatorDialog)
        self.definitionEdit.setObjectName(u"definitionEdit")
        self.definitionEdit.setTabChangesFocus(True)
        self.definitionEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.definitionEdit)

        self.unitLabel = QLabel(IndicatorDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(IndicatorDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.polarityLabel = QLabel(IndicatorDialog)
        self.polarityLabel.setObjectName(u"polarityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.polarityLabel)

        self.polarityCombo = QComboBox(IndicatorDialog)
        self.polarityCombo.setObjectName(u"polarityCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.polarityCombo)

        self.periodLabel = QLabel(IndicatorDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(IndicatorDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.ownerLabel = QLabel(IndicatorDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(IndicatorDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.sourceLabel = QLabel(IndicatorDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(IndicatorDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.priorityLabel = QLabel(IndicatorDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(IndicatorDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.sensitiveCheck = QCheckBox(IndicatorDialog)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sensitiveCheck)

        self.numeratorLabel = QLabel(IndicatorDialog)
        self.numeratorLabel.setObjectName(u"numeratorLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.numeratorLabel)

        self.numeratorCombo = QComboBox(IndicatorDialog)
        self.numeratorCombo.setObjectName(u"numeratorCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.numeratorCombo)

        self.denominatorLabel = QLabel(IndicatorDialog)
        self.denominatorLabel.setObjectName(u"denominatorLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.denominatorLabel)

        self.denominatorCombo = QComboBox(IndicatorDialog)
        self.denominatorCombo.setObjectName(u"denominatorCombo")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.denominatorCombo)

        self.partOfLabel = QLabel(IndicatorDialog)
        self.partOfLabel.setObjectName(u"partOfLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.partOfLabel)

        self.partOfCombo = QComboBox(IndicatorDialog)
        self.partOfCombo.setObjectName(u"partOfCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.partOfCombo)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(IndicatorDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(IndicatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.keyLabel.setBuddy(self.keyEdit)
        self.definitionLabel.setBuddy(self.definitionEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.polarityLabel.setBuddy(self.polarityCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.numeratorLabel.setBuddy(self.numeratorCombo)
        self.denominatorLabel.setBuddy(self.denominatorCombo)
        self.partOfLabel.setBuddy(self.partOfCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.definitionEdit)
        QWidget.setTabOrder(self.definitionEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.polarityCombo)
        QWidget.setTabOrder(self.polarityCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.numeratorCombo)
        QWidget.setTabOrder(self.numeratorCombo, self.denominatorCombo)
        QWidget.setTabOrder(self.denominatorCombo, self.partOfCombo)

        self.retranslateUi(IndicatorDialog)
        self.buttonBox.accepted.connect(IndicatorDialog.accept)
        self.buttonBox.rejected.connect(IndicatorDialog.reject)
    # setupUi

    def retranslateUi(self, IndicatorDialog):
        IndicatorDialog.setWindowTitle(QCoreApplication.translate("IndicatorDialog", u"Indicator", None))
        self.nameLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"Children looked after (number)", None))
        self.keyLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Key:", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Key", None))
#endif // QT_CONFIG(accessibility)
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"cla_number", None))
#if QT_CONFIG(tooltip)
        self.keyEdit.setToolTip(QCoreApplication.translate("IndicatorDialog", u"A short code imports and the command line use: lower-case letters, digits and _", None))
#endif // QT_CONFIG(tooltip)
        self.definitionLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Definition:", None))
#if QT_CONFIG(accessibility)
        self.definitionEdit.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Definition", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.polarityLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Better when:", None))
#if QT_CONFIG(accessibility)
        self.polarityCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Which way is better", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"How often a figure comes", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"Who answers for it, e.g. Head of Service, Children in Care", None))
        self.sourceLabel.setText(QCoreApplication.translate("IndicatorDialog", u"&Source:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("IndicatorDialog", u"Where the figure comes from, e.g. SSDA903", None))
        self.priorityLabel.setText(QCoreApplication.translate("IndicatorDialog", u"P&riority:", None))
#if QT_CONFIG(accessibility)
        self.priorityCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"The board's priority it speaks to", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveCheck.setText(QCoreApplication.translate("IndicatorDialog", u"Small numbers can &identify a child (hide counts of 1 to the threshold in public papers)", None))
#if QT_CONFIG(tooltip)
        self.sensitiveCheck.setToolTip(QCoreApplication.translate("IndicatorDialog", u"Leave ticked for counts about children; untick only for figures over a whole population", None))
#endif // QT_CONFIG(tooltip)
        self.numeratorLabel.setText(QCoreApplication.translate("IndicatorDialog", u"Nu&merator:", None))
#if QT_CONFIG(accessibility)
        self.numeratorCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"The count this percentage or rate is built from", None))
#endif // QT_CONFIG(accessibility)
        self.denominatorLabel.setText(QCoreApplication.translate("IndicatorDialog", u"Denomina&tor:", None))
#if QT_CONFIG(accessibility)
        self.denominatorCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"The count it is out of", None))
#endif // QT_CONFIG(accessibility)
        self.partOfLabel.setText(QCoreApplication.translate("IndicatorDialog", u"P&art of:", None))
#if QT_CONFIG(accessibility)
        self.partOfCombo.setAccessibleName(QCoreApplication.translate("IndicatorDialog", u"The total this count is one part of", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

