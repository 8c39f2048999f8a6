# Generated from forms/schedule_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_ScheduleDialog(object):
    def setupUi(self, ScheduleDialog):
        if not ScheduleDialog.objectName():
            ScheduleDialog.setObjectName(u"ScheduleDialog")
        ScheduleDialog.resize(520, 430)
        self.layout = QVBoxLayout(ScheduleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ScheduleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.monthsGroup = QGroupBox(ScheduleDialog)
        self.monthsGroup.setObjectName(u"monthsGroup")
        self.monthsLayout = QGridLayout(self.monthsGroup)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsLayout.setHorizontalSpacing(18)
        self.monthCheck5 = QCheckBox(self.monthsGroup)
        self.monthCheck5.setObjectName(u"monthCheck5")

        self.monthsLayout.addWidget(self.monthCheck5, 0, 0, 1, 1)

        self.monthCheck6 = QCheckBox(self.monthsGroup)
        self.monthCheck6.setObjectName(u"monthCheck6")

        self.monthsLayout.addWidget(self.monthCheck6, 0, 1, 1, 1)

        self.monthCheck7 = QCheckBox(self.monthsGroup)
        self.monthCheck7.setObjectName(u"monthCheck7")

        self.monthsLayout.addWidget(self.monthCheck7, 0, 2, 1, 1)

        self.monthCheck8 = QCheckBox(self.monthsGroup)
        self.monthCheck8.setObjectName(u"monthCheck8")

        self.monthsLayout.addWidget(self.monthCheck8, 0, 3, 1, 1)

        self.monthCheck9 = QCheckBox(self.monthsGroup)
        self.monthCheck9.setObjectName(u"monthCheck9")

        self.monthsLayout.addWidget(self.monthCheck9, 1, 0, 1, 1)

        self.monthCheck10 = QCheckBox(self.monthsGroup)
        self.monthCheck10.setObjectName(u"monthCheck10")

        self.monthsLayout.addWidget(self.monthCheck10, 1, 1, 1, 1)

        self.monthCheck11 = QCheckBox(self.monthsGroup)
        self.monthCheck11.setObjectName(u"monthCheck11")

        self.monthsLayout.addWidget(self.monthCheck11, 1, 2, 1, 1)

        self.monthCheck12 = QCheckBox(self.monthsGroup)
        self.monthCheck12.setObjectName(u"monthCheck12")

        self.monthsLayout.addWidget(self.monthCheck12, 1, 3, 1, 1)

        self.monthCheck1 = QCheckBox(self.monthsGroup)
        self.monthCheck1.setObjectName(u"monthCheck1")

        self.monthsLayout.addWidget(self.monthCheck1, 2, 0, 1, 1)

        self.monthCheck2 = QCheckBox(self.monthsGroup)
        self.monthCheck2.setObjectName(u"monthCheck2")

        self.monthsLayout.addWidget(self.monthCheck2, 2, 1, 1, 1)

        self.monthCheck3 = QCheckBox(self.monthsGroup)
        self.monthCheck3.setObjectName(u"monthCheck3")

        self.monthsLayout.addWidget(self.monthCheck3, 2, 2, 1, 1)

        self.monthCheck4 = QCheckBox(self.monthsGroup)
        self.monthCheck4.setObjectName(u"monthCheck4")

        self.monthsLayout.addWidget(self.monthCheck4, 2, 3, 1, 1)


        self.layout.addWidget(self.monthsGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dayLabel = QLabel(ScheduleDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.weekCombo = QComboBox(ScheduleDialog)
        self.weekCombo.setObjectName(u"weekCombo")

        self.dayLayout.addWidget(self.weekCombo)

        self.weekdayCombo = QComboBox(ScheduleDialog)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.dayLayout.addWidget(self.weekdayCombo)

        self.dayHint = QLabel(ScheduleDialog)
        self.dayHint.setObjectName(u"dayHint")

        self.dayLayout.addWidget(self.dayHint)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayLayout.addItem(self.daySpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dayLayout)

        self.timeLabel = QLabel(ScheduleDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(ScheduleDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.timeEdit.sizePolicy().hasHeightForWidth())
        self.timeEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.durationLabel = QLabel(ScheduleDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ScheduleDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        sizePolicy.setHeightForWidth(self.durationSpin.sizePolicy().hasHeightForWidth())
        self.durationSpin.setSizePolicy(sizePolicy)
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.venueLabel = QLabel(ScheduleDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(ScheduleDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.onlineLinkLabel = QLabel(ScheduleDialog)
        self.onlineLinkLabel.setObjectName(u"onlineLinkLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.onlineLinkLabel)

        self.onlineLinkEdit = QLineEdit(ScheduleDialog)
        self.onlineLinkEdit.setObjectName(u"onlineLinkEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.onlineLinkEdit)


        self.layout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(ScheduleDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.problemLabel = QLabel(ScheduleDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ScheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.weekCombo)
        self.timeLabel.setBuddy(self.timeEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.venueLabel.setBuddy(self.venueEdit)
        self.onlineLinkLabel.setBuddy(self.onlineLinkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthCheck5, self.monthCheck6)
        QWidget.setTabOrder(self.monthCheck6, self.monthCheck7)
        QWidget.setTabOrder(self.monthCheck7, self.monthCheck8)
        QWidget.setTabOrder(self.monthCheck8, self.monthCheck9)
        QWidget.setTabOrder(self.monthCheck9, self.monthCheck10)
        QWidget.setTabOrder(self.monthCheck10, self.monthCheck11)
        QWidget.setTabOrder(self.monthCheck11, self.monthCheck12)
        QWidget.setTabOrder(self.monthCheck12, self.monthCheck1)
        QWidget.setTabOrder(self.monthCheck1, self.monthCheck2)
        QWidget.setTabOrder(self.monthCheck2, self.monthCheck3)
        QWidget.setTabOrder(self.monthCheck3, self.monthCheck4)
        QWidget.setTabOrder(self.monthCheck4, self.weekCombo)
        QWidget.setTabOrder(self.weekCombo, self.weekdayCombo)
        QWidget.setTabOrder(self.weekdayCombo, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.onlineLinkEdit)

        self.retranslateUi(ScheduleDialog)
        self.buttonBox.accepted.connect(ScheduleDialog.accept)
        self.buttonBox.rejected.connect(ScheduleDialog.reject)
    # setupUi

    def retranslateUi(self, ScheduleDialog):
        ScheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"Board's Meeting Schedule", None))
        self.introLabel.setText(QCoreApplication.translate("ScheduleDialog", u"When the board usually meets. Plan a Year uses this to make a municipal year's meetings; meetings already planned keep their dates.", None))
        self.monthsGroup.setTitle(QCoreApplication.translate("ScheduleDialog", u"Meets &in these months", None))
#if QT_CONFIG(tooltip)
        self.monthsGroup.setToolTip(QCoreApplication.translate("ScheduleDialog", u"The municipal year runs from May to April.", None))
#endif // QT_CONFIG(tooltip)
        self.monthCheck5.setText(QCoreApplication.translate("ScheduleDialog", u"May", None))
        self.monthCheck6.setText(QCoreApplication.translate("ScheduleDialog", u"June", None))
        self.monthCheck7.setText(QCoreApplication.translate("ScheduleDialog", u"July", None))
        self.monthCheck8.setText(QCoreApplication.translate("ScheduleDialog", u"August", None))
        self.monthCheck9.setText(QCoreApplication.translate("ScheduleDialog", u"September", None))
        self.monthCheck10.setText(QCoreApplication.translate("ScheduleDialog", u"October", None))
        self.monthCheck11.setText(QCoreApplication.translate("ScheduleDialog", u"November", None))
        self.monthCheck12.setText(QCoreApplication.translate("ScheduleDialog", u"December", None))
        self.monthCheck1.setText(QCoreApplication.translate("ScheduleDialog", u"January", None))
        self.monthCheck2.setText(QCoreApplication.translate("ScheduleDialog", u"February", None))
        self.monthCheck3.setText(QCoreApplication.translate("ScheduleDialog", u"March", None))
        self.monthCheck4.setText(QCoreApplication.translate("ScheduleDialog", u"April", None))
        self.dayLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&On the:", None))
#if QT_CONFIG(accessibility)
        self.weekCombo.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Week of the month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekdayCombo.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Day of the week", None))
#endif // QT_CONFIG(accessibility)
        self.dayHint.setText(QCoreApplication.translate("ScheduleDialog", u"of each month ticked", None))
        self.timeLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Starts at:", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Lasts:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ScheduleDialog", u" minutes", None))
        self.venueLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Venue:", None))
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("ScheduleDialog", u"Where the board meets", None))
        self.onlineLinkLabel.setText(QCoreApplication.translate("ScheduleDialog", u"Online lin&k:", None))
        self.onlineLinkEdit.setPlaceholderText(QCoreApplication.translate("ScheduleDialog", u"https://\u2026 (optional: Teams or Zoom)", None))
    # retranslateUi

