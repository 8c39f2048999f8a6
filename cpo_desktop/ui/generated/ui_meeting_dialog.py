# Generated from forms/meeting_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(500, 400)
        self.layout = QVBoxLayout(MeetingDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(MeetingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.weekdayLabel = QLabel(MeetingDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.dateLayout.addWidget(self.weekdayLabel)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.timeLabel = QLabel(MeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(MeetingDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        sizePolicy.setHeightForWidth(self.timeEdit.sizePolicy().hasHeightForWidth())
        self.timeEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.dateNoteLabel = QLabel(MeetingDialog)
        self.dateNoteLabel.setObjectName(u"dateNoteLabel")
        self.dateNoteLabel.setVisible(False)
        self.dateNoteLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateNoteLabel)

        self.durationLabel = QLabel(MeetingDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(MeetingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        sizePolicy.setHeightForWidth(self.durationSpin.sizePolicy().hasHeightForWidth())
        self.durationSpin.setSizePolicy(sizePolicy)
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(120)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.prepareLabel = QLabel(MeetingDialog)
        self.prepareLabel.setObjectName(u"prepareLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.prepareLabel)

        self.prepareCombo = QComboBox(MeetingDialog)
        self.prepareCombo.setObjectName(u"prepareCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prepareCombo)

        self.themeLabel = QLabel(MeetingDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(MeetingDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.venueLabel = QLabel(MeetingDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(MeetingDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.onlineLinkLabel = QLabel(MeetingDialog)
        self.onlineLinkLabel.setObjectName(u"onlineLinkLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.onlineLinkLabel)

        self.onlineLinkEdit = QLineEdit(MeetingDialog)
        self.onlineLinkEdit.setObjectName(u"onlineLinkEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.onlineLinkEdit)

        self.notesLabel = QLabel(MeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(MeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.warningLabel = QLabel(MeetingDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.problemLabel = QLabel(MeetingDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.prepareLabel.setBuddy(self.prepareCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.onlineLinkLabel.setBuddy(self.onlineLinkEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.prepareCombo)
        QWidget.setTabOrder(self.prepareCombo, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.onlineLinkEdit)
        QWidget.setTabOrder(self.onlineLinkEdit, self.notesEdit)

        self.retranslateUi(MeetingDialog)
        self.buttonBox.accepted.connect(MeetingDialog.accept)
        self.buttonBox.rejected.connect(MeetingDialog.reject)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Add a Meeting", None))
        self.introLabel.setText(QCoreApplication.translate("MeetingDialog", u"A meeting outside the board's usual pattern: an extra board meeting, a young people's forum or a development session.", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"dd/MM/yyyy", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Starts at:", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.dateNoteLabel.setText(QCoreApplication.translate("MeetingDialog", u"To change the date or time, use Move or Postpone (the old date is kept in the history).", None))
        self.durationLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Lasts:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("MeetingDialog", u" minutes", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind:", None))
        self.prepareLabel.setText(QCoreApplication.translate("MeetingDialog", u"Prepares &for:", None))
#if QT_CONFIG(tooltip)
        self.prepareCombo.setToolTip(QCoreApplication.translate("MeetingDialog", u"A young people's pre-meeting: the board meeting it prepares for (on its day it is no clash)", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Theme:", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Venue:", None))
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Where the board meets", None))
        self.onlineLinkLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Online link:", None))
        self.onlineLinkEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"https://\u2026 (optional: Teams or Zoom)", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Optional", None))
    # retranslateUi

