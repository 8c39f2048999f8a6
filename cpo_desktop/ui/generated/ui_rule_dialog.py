# Generated from forms/rule_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog):
        if not RuleDialog.objectName():
            RuleDialog.setObjectName(u"RuleDialog")
        RuleDialog.resize(580, 520)
        self.layout = QVBoxLayout(RuleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RuleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(RuleDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(RuleDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.frequencyLabel = QLabel(RuleDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(RuleDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.monthsLabel = QLabel(RuleDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsLayout = QVBoxLayout()
        self.monthsLayout.setSpacing(2)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsEdit = QLineEdit(RuleDialog)
        self.monthsEdit.setObjectName(u"monthsEdit")

        self.monthsLayout.addWidget(self.monthsEdit)

        self.monthsHint = QLabel(RuleDialog)
        self.monthsHint.setObjectName(u"monthsHint")
        self.monthsHint.setWordWrap(True)

        self.monthsLayout.addWidget(self.monthsHint)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.monthsLayout)

        self.themeLabel = QLabel(RuleDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(RuleDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.purposeLabel = QLabel(RuleDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(RuleDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.durationLabel = QLabel(RuleDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(RuleDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(300)
        self.durationSpin.setSingleStep(5)
        self.durationSpin.setValue(10)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.durationSpin)


        self.layout.addLayout(self.formLayout)

        self.presenterGroup = QGroupBox(RuleDialog)
        self.presenterGroup.setObjectName(u"presenterGroup")
        self.presenterLayout = QGridLayout(self.presenterGroup)
        self.presenterLayout.setObjectName(u"presenterLayout")
        self.officerRadio = QRadioButton(self.presenterGroup)
        self.officerRadio.setObjectName(u"officerRadio")
        self.officerRadio.setChecked(True)

        self.presenterLayout.addWidget(self.officerRadio, 0, 0, 1, 1)

        self.officerCombo = QComboBox(self.presenterGroup)
        self.officerCombo.setObjectName(u"officerCombo")

        self.presenterLayout.addWidget(self.officerCombo, 0, 1, 1, 1)

        self.seatRadio = QRadioButton(self.presenterGroup)
        self.seatRadio.setObjectName(u"seatRadio")

        self.presenterLayout.addWidget(self.seatRadio, 1, 0, 1, 1)

        self.seatCombo = QComboBox(self.presenterGroup)
        self.seatCombo.setObjectName(u"seatCombo")

        self.presenterLayout.addWidget(self.seatCombo, 1, 1, 1, 1)

        self.roleRadio = QRadioButton(self.presenterGroup)
        self.roleRadio.setObjectName(u"roleRadio")

        self.presenterLayout.addWidget(self.roleRadio, 2, 0, 1, 1)

        self.roleEdit = QLineEdit(self.presenterGroup)
        self.roleEdit.setObjectName(u"roleEdit")

        self.presenterLayout.addWidget(self.roleEdit, 2, 1, 1, 1)

        self.presenterLayout.setColumnStretch(1, 1)

        self.layout.addWidget(self.presenterGroup)

        self.lowerLayout = QFormLayout()
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.notesLabel = QLabel(RuleDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.lowerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(RuleDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))
        self.notesEdit.setTabChangesFocus(True)

        self.lowerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.activeCheck = QCheckBox(RuleDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.lowerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addLayout(self.lowerLayout)

        self.problemLabel = QLabel(RuleDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RuleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.monthsLabel.setBuddy(self.monthsEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.monthsEdit)
        QWidget.setTabOrder(self.monthsEdit, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.officerRadio)
        QWidget.setTabOrder(self.officerRadio, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.seatRadio)
        QWidget.setTabOrder(self.seatRadio, self.seatCombo)
        QWidget.setTabOrder(self.seatCombo, self.roleRadio)
        QWidget.setTabOrder(self.roleRadio, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.activeCheck)

        self.retranslateUi(RuleDialog)
        self.buttonBox.accepted.connect(RuleDialog.accept)
        self.buttonBox.rejected.connect(RuleDialog.reject)
    # setupUi

    def retranslateUi(self, RuleDialog):
        RuleDialog.setWindowTitle(QCoreApplication.translate("RuleDialog", u"Report Rule", None))
        self.introLabel.setText(QCoreApplication.translate("RuleDialog", u"A report that comes to the board on a schedule. The work programme plans it into the year's meetings; building an agenda adds it.", None))
        self.titleLabel.setText(QCoreApplication.translate("RuleDialog", u"&Report:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"The report's title, as it appears on the agenda", None))
        self.frequencyLabel.setText(QCoreApplication.translate("RuleDialog", u"&How often:", None))
        self.monthsLabel.setText(QCoreApplication.translate("RuleDialog", u"In &months:", None))
        self.monthsEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"e.g. 6, 12", None))
#if QT_CONFIG(tooltip)
        self.monthsEdit.setToolTip(QCoreApplication.translate("RuleDialog", u"Month numbers, 1 (January) to 12 (December), separated by commas.", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("RuleDialog", u"T&heme:", None))
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("RuleDialog", u"A report linked to one of the board's priorities goes to the meeting themed on it.", None))
#endif // QT_CONFIG(tooltip)
        self.purposeLabel.setText(QCoreApplication.translate("RuleDialog", u"&Purpose:", None))
        self.durationLabel.setText(QCoreApplication.translate("RuleDialog", u"&Time on the agenda:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("RuleDialog", u" minutes", None))
        self.presenterGroup.setTitle(QCoreApplication.translate("RuleDialog", u"Presented by", None))
        self.officerRadio.setText(QCoreApplication.translate("RuleDialog", u"A reporting &officer:", None))
        self.seatRadio.setText(QCoreApplication.translate("RuleDialog", u"A &seat on the board:", None))
        self.roleRadio.setText(QCoreApplication.translate("RuleDialog", u"Someone else (a &role):", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"e.g. Head of Commissioning", None))
        self.notesLabel.setText(QCoreApplication.translate("RuleDialog", u"&Notes:", None))
        self.activeCheck.setText(QCoreApplication.translate("RuleDialog", u"&Active: plan this report into the year", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("RuleDialog", u"Untick for a report the board no longer receives; its past appearances stay in the grid.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

