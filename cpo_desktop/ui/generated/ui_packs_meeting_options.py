# Generated from forms/packs_meeting_options.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_meeting_options.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QGridLayout, QLabel,
    QRadioButton, QVBoxLayout)

class Ui_MeetingOptions(object):
    def setupUi(self, MeetingOptions):
        if not MeetingOptions.objectName():
            MeetingOptions.setObjectName(u"MeetingOptions")
        self.grid = QGridLayout(MeetingOptions)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.meetingLabel = QLabel(MeetingOptions)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.grid.addWidget(self.meetingLabel, 0, 0, 1, 1)

        self.meetingCombo = QComboBox(MeetingOptions)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meetingCombo.setMinimumContentsLength(18)

        self.grid.addWidget(self.meetingCombo, 0, 1, 1, 1)

        self.versionLabel = QLabel(MeetingOptions)
        self.versionLabel.setObjectName(u"versionLabel")

        self.grid.addWidget(self.versionLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.versions = QVBoxLayout()
        self.versions.setSpacing(2)
        self.versions.setObjectName(u"versions")
        self.restrictedRadio = QRadioButton(MeetingOptions)
        self.versionGroup = QButtonGroup(MeetingOptions)
        self.versionGroup.setObjectName(u"versionGroup")
        self.versionGroup.addButton(self.restrictedRadio)
        self.restrictedRadio.setObjectName(u"restrictedRadio")
        self.restrictedRadio.setChecked(True)

        self.versions.addWidget(self.restrictedRadio)

        self.publicRadio = QRadioButton(MeetingOptions)
        self.versionGroup.addButton(self.publicRadio)
        self.publicRadio.setObjectName(u"publicRadio")

        self.versions.addWidget(self.publicRadio)


        self.grid.addLayout(self.versions, 1, 1, 1, 1)

        self.duplexCheck = QCheckBox(MeetingOptions)
        self.duplexCheck.setObjectName(u"duplexCheck")

        self.grid.addWidget(self.duplexCheck, 2, 1, 1, 1)

        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingOptions)
    # setupUi

    def retranslateUi(self, MeetingOptions):
        self.meetingLabel.setText(QCoreApplication.translate("MeetingOptions", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("MeetingOptions", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("MeetingOptions", u"Version:", None))
#if QT_CONFIG(tooltip)
        self.restrictedRadio.setToolTip(QCoreApplication.translate("MeetingOptions", u"With Part 2 papers, marked \u201cNot for publication\u201d, and restricted partners' minutes", None))
#endif // QT_CONFIG(tooltip)
        self.restrictedRadio.setText(QCoreApplication.translate("MeetingOptions", u"Res&tricted \u2013 for members and officers", None))
#if QT_CONFIG(tooltip)
        self.publicRadio.setToolTip(QCoreApplication.translate("MeetingOptions", u"Without Part 2 or restricted papers; young people named by their first name", None))
#endif // QT_CONFIG(tooltip)
        self.publicRadio.setText(QCoreApplication.translate("MeetingOptions", u"P&ublic \u2013 for publication", None))
#if QT_CONFIG(tooltip)
        self.duplexCheck.setToolTip(QCoreApplication.translate("MeetingOptions", u"Adds blank pages where needed so that each item starts on a right-hand page when printed on both sides", None))
#endif // QT_CONFIG(tooltip)
        self.duplexCheck.setText(QCoreApplication.translate("MeetingOptions", u"&Double-sided printing", None))
        pass
    # retranslateUi

