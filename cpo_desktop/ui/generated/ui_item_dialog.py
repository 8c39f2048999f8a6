# Generated from forms/item_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)
class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(560, 560)
        self.layout = QVBoxLayout(ItemDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(ItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.presenterLabel = QLabel(ItemDialog)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenterCombo = QComboBox(ItemDialog)
        self.presenterCombo.setObjectName(u"presenterCombo")
        self.presenterCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.presenterCombo)

        self.purposeLabel = QLabel(ItemDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(ItemDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.durationLabel = QLabel(ItemDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ItemDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(300)
        self.durationSpin.setSingleStep(5)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.ruleLabel = QLabel(ItemDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(ItemDialog)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.subItemCheck = QCheckBox(ItemDialog)
        self.subItemCheck.setObjectName(u"subItemCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subItemCheck)

        self.paperExpectedCheck = QCheckBox(ItemDialog)
        self.paperExpectedCheck.setObjectName(u"paperExpectedCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paperExpectedCheck)

        self.toFollowCheck = QCheckBox(ItemDialog)
        self.toFollowCheck.setObjectName(u"toFollowCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.toFollowCheck)

        self.partLabel = QLabel(ItemDialog)
        self.partLabel.setObjectName(u"partLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.partLabel)

        self.partCombo = QComboBox(ItemDialog)
        self.partCombo.setObjectName(u"partCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.partCombo)

        self.paragraphLabel = QLabel(ItemDialog)
        self.paragraphLabel.setObjectName(u"paragraphLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.paragraphLabel)

        self.paragraphCombo = QComboBox(ItemDialog)
        self.paragraphCombo.setObjectName(u"paragraphCombo")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.paragraphCombo)

        self.publicTitleLabel = QLabel(ItemDialog)
        self.publicTitleLabel.setObjectName(u"publicTitleLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.publicTitleLabel)

        self.publicTitleEdit = QLineEdit(ItemDialog)
        self.publicTitleEdit.setObjectName(u"publicTitleEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.publicTitleEdit)

        self.publicInterestLabel = QLabel(ItemDialog)
        self.publicInterestLabel.setObjectName(u"publicInterestLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.publicInterestLabel)

        self.publicInterestEdit = QPlainTextEdit(ItemDialog)
        self.publicInterestEdit.setObjectName(u"publicInterestEdit")
        self.publicInterestEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.publicInterestEdit)

        self.notesLabel = QLabel(ItemDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ItemDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ItemDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.presenterLabel.setBuddy(self.presenterCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.partLabel.setBuddy(self.partCombo)
        self.paragraphLabel.setBuddy(self.paragraphCombo)
        self.publicTitleLabel.setBuddy(self.publicTitleEdit)
        self.publicInterestLabel.setBuddy(self.publicInterestEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemDialog)
        self.buttonBox.accepted.connect(ItemDialog.accept)
        self.buttonBox.rejected.connect(ItemDialog.reject)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Agenda Item", None))
        self.titleLabel.setText(QCoreApplication.translate("ItemDialog", u"&Title:", None))
        self.presenterLabel.setText(QCoreApplication.translate("ItemDialog", u"&Presenter:", None))
#if QT_CONFIG(tooltip)
        self.presenterCombo.setToolTip(QCoreApplication.translate("ItemDialog", u"A seat, a person, or a role in your own words", None))
#endif // QT_CONFIG(tooltip)
        self.purposeLabel.setText(QCoreApplication.translate("ItemDialog", u"P&urpose:", None))
        self.durationLabel.setText(QCoreApplication.translate("ItemDialog", u"&Duration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ItemDialog", u" minutes", None))
        self.ruleLabel.setText(QCoreApplication.translate("ItemDialog", u"Rep&ort rule:", None))
#if QT_CONFIG(tooltip)
        self.ruleCombo.setToolTip(QCoreApplication.translate("ItemDialog", u"The work programme's recurring report this item is: the coverage check counts it for that report", None))
#endif // QT_CONFIG(tooltip)
        self.subItemCheck.setText(QCoreApplication.translate("ItemDialog", u"&Sub-item of the item above (numbered 5a, 5b\u2026)", None))
        self.paperExpectedCheck.setText(QCoreApplication.translate("ItemDialog", u"A written &paper comes with this item", None))
        self.toFollowCheck.setText(QCoreApplication.translate("ItemDialog", u"The paper is to &follow", None))
        self.partLabel.setText(QCoreApplication.translate("ItemDialog", u"P&art:", None))
        self.paragraphLabel.setText(QCoreApplication.translate("ItemDialog", u"Schedule 12A pa&ragraph:", None))
        self.publicTitleLabel.setText(QCoreApplication.translate("ItemDialog", u"Pu&blic title:", None))
#if QT_CONFIG(tooltip)
        self.publicTitleEdit.setToolTip(QCoreApplication.translate("ItemDialog", u"What the public agenda, the public minutes and partner boards show instead of the title; leave empty for \u201cExempt item (paragraph N)\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.publicInterestLabel.setText(QCoreApplication.translate("ItemDialog", u"Public &interest:", None))
        self.publicInterestEdit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"Why the public interest in keeping this exempt outweighs that in disclosing it", None))
        self.notesLabel.setText(QCoreApplication.translate("ItemDialog", u"Notes for the &chair:", None))
    # retranslateUi

