# Generated from forms/template_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)
class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(860, 540)
        self.layout = QVBoxLayout(TemplateDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TemplateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.listLabel = QLabel(TemplateDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.itemList = QListWidget(TemplateDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setAlternatingRowColors(True)
        self.itemList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.itemList)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.addButton = QPushButton(TemplateDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.addButton)

        self.moveUpButton = QPushButton(TemplateDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(TemplateDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.moveDownButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.listButtonsSpacer)

        self.notUsedButton = QPushButton(TemplateDialog)
        self.notUsedButton.setObjectName(u"notUsedButton")
        self.notUsedButton.setCheckable(True)
        self.notUsedButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.notUsedButton)


        self.listLayout.addLayout(self.listButtonsLayout)


        self.mainLayout.addLayout(self.listLayout)

        self.editorGroup = QGroupBox(TemplateDialog)
        self.editorGroup.setObjectName(u"editorGroup")
        self.formLayout = QFormLayout(self.editorGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.editorGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.editorGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sectionLabel = QLabel(self.editorGroup)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(self.editorGroup)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.purposeLabel = QLabel(self.editorGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(self.editorGroup)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.presenterLabel = QLabel(self.editorGroup)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenterEdit = QLineEdit(self.editorGroup)
        self.presenterEdit.setObjectName(u"presenterEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.presenterEdit)

        self.durationLabel = QLabel(self.editorGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.editorGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.durationSpin.sizePolicy().hasHeightForWidth())
        self.durationSpin.setSizePolicy(sizePolicy)
        self.durationSpin.setMaximum(300)
        self.durationSpin.setSingleStep(5)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.paperCheck = QCheckBox(self.editorGroup)
        self.paperCheck.setObjectName(u"paperCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperCheck)

        self.activeCheck = QCheckBox(self.editorGroup)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addWidget(self.editorGroup)

        self.mainLayout.setStretch(0, 3)
        self.mainLayout.setStretch(1, 2)

        self.layout.addLayout(self.mainLayout)

        self.summaryLabel = QLabel(TemplateDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.problemLabel = QLabel(TemplateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.itemList)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.presenterLabel.setBuddy(self.presenterEdit)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.notUsedButton)
        QWidget.setTabOrder(self.notUsedButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.presenterEdit)
        QWidget.setTabOrder(self.presenterEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.paperCheck)
        QWidget.setTabOrder(self.paperCheck, self.activeCheck)

        self.retranslateUi(TemplateDialog)
        self.buttonBox.accepted.connect(TemplateDialog.accept)
        self.buttonBox.rejected.connect(TemplateDialog.reject)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"Board's Agenda Template", None))
        self.introLabel.setText(QCoreApplication.translate("TemplateDialog", u"The items every new board agenda starts with. Reports from the work programme and the meeting's theme go between the standing items and the closing block. Agendas already built are not changed.", None))
        self.listLabel.setText(QCoreApplication.translate("TemplateDialog", u"Template &items, in agenda order:", None))
#if QT_CONFIG(accessibility)
        self.itemList.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"Template items", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("TemplateDialog", u"&Add Item", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"Add a new item after the one selected, in the same part of the agenda", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("TemplateDialog", u"Move &Up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"Move the item up within its part of the agenda (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.moveUpButton.setShortcut(QCoreApplication.translate("TemplateDialog", u"Ctrl+Up", None))
#endif // QT_CONFIG(shortcut)
        self.moveDownButton.setText(QCoreApplication.translate("TemplateDialog", u"Move Do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"Move the item down within its part of the agenda (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.moveDownButton.setShortcut(QCoreApplication.translate("TemplateDialog", u"Ctrl+Down", None))
#endif // QT_CONFIG(shortcut)
        self.notUsedButton.setText(QCoreApplication.translate("TemplateDialog", u"&Not Used", None))
        self.editorGroup.setTitle(QCoreApplication.translate("TemplateDialog", u"Selected item", None))
        self.titleLabel.setText(QCoreApplication.translate("TemplateDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TemplateDialog", u"What the item is called on the agenda", None))
        self.sectionLabel.setText(QCoreApplication.translate("TemplateDialog", u"Part of a&genda:", None))
#if QT_CONFIG(tooltip)
        self.sectionCombo.setToolTip(QCoreApplication.translate("TemplateDialog", u"The opening block comes first, then the standing items; the work programme's reports and the theme follow, and the closing block ends the meeting.", None))
#endif // QT_CONFIG(tooltip)
        self.purposeLabel.setText(QCoreApplication.translate("TemplateDialog", u"Purp&ose:", None))
        self.presenterLabel.setText(QCoreApplication.translate("TemplateDialog", u"P&resenter:", None))
        self.presenterEdit.setPlaceholderText(QCoreApplication.translate("TemplateDialog", u"e.g. Chair", None))
#if QT_CONFIG(tooltip)
        self.presenterEdit.setToolTip(QCoreApplication.translate("TemplateDialog", u"The start of a seat's title (such as \u201cChair\u201d) or a role in your own words. Each new agenda names whoever holds that seat on the day.", None))
#endif // QT_CONFIG(tooltip)
        self.durationLabel.setText(QCoreApplication.translate("TemplateDialog", u"&Duration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("TemplateDialog", u" minutes", None))
        self.paperCheck.setText(QCoreApplication.translate("TemplateDialog", u"A written &paper comes with it", None))
#if QT_CONFIG(tooltip)
        self.paperCheck.setToolTip(QCoreApplication.translate("TemplateDialog", u"New agendas expect a report for this item, so it shows on the list of papers to chase.", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("TemplateDialog", u"U&sed on new agendas", None))
    # retranslateUi

