# Generated from forms/training_session_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_session_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QRadioButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_TrainingSessionDialog(object):
    def setupUi(self, TrainingSessionDialog):
        if not TrainingSessionDialog.objectName():
            TrainingSessionDialog.setObjectName(u"TrainingSessionDialog")
        TrainingSessionDialog.resize(520, 520)
        self.layout = QVBoxLayout(TrainingSessionDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TrainingSessionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(TrainingSessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = QDateEdit(TrainingSessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.timeCheck = QCheckBox(TrainingSessionDialog)
        self.timeCheck.setObjectName(u"timeCheck")
        self.timeCheck.setChecked(True)

        self.whenLayout.addWidget(self.timeCheck)

        self.timeEdit = QTimeEdit(TrainingSessionDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.whenLayout.addWidget(self.timeEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.kindLabel = QLabel(TrainingSessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TrainingSessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(TrainingSessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TrainingSessionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.venueLabel = QLabel(TrainingSessionDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(TrainingSessionDialog)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.inviteLabel = QLabel(TrainingSessionDialog)
        self.inviteLabel.setObjectName(u"inviteLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inviteLabel)

        self.inviteLayout = QVBoxLayout()
        self.inviteLayout.setObjectName(u"inviteLayout")
        self.allCouncillorsRadio = QRadioButton(TrainingSessionDialog)
        self.allCouncillorsRadio.setObjectName(u"allCouncillorsRadio")
        self.allCouncillorsRadio.setChecked(True)

        self.inviteLayout.addWidget(self.allCouncillorsRadio)

        self.boardRadio = QRadioButton(TrainingSessionDialog)
        self.boardRadio.setObjectName(u"boardRadio")

        self.inviteLayout.addWidget(self.boardRadio)

        self.chosenRadio = QRadioButton(TrainingSessionDialog)
        self.chosenRadio.setObjectName(u"chosenRadio")

        self.inviteLayout.addWidget(self.chosenRadio)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.inviteLayout)


        self.layout.addLayout(self.formLayout)

        self.peopleList = QListWidget(TrainingSessionDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMinimumSize(QSize(0, 120))

        self.layout.addWidget(self.peopleList)

        self.countLabel = QLabel(TrainingSessionDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.layout.addWidget(self.countLabel)

        self.problemLabel = QLabel(TrainingSessionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TrainingSessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.venueLabel.setBuddy(self.venueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeCheck)
        QWidget.setTabOrder(self.timeCheck, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.allCouncillorsRadio)
        QWidget.setTabOrder(self.allCouncillorsRadio, self.boardRadio)
        QWidget.setTabOrder(self.boardRadio, self.chosenRadio)
        QWidget.setTabOrder(self.chosenRadio, self.peopleList)

        self.retranslateUi(TrainingSessionDialog)
        self.buttonBox.accepted.connect(TrainingSessionDialog.accept)
        self.buttonBox.rejected.connect(TrainingSessionDialog.reject)
    # setupUi

    def retranslateUi(self, TrainingSessionDialog):
        TrainingSessionDialog.setWindowTitle(QCoreApplication.translate("TrainingSessionDialog", u"Add a Training Session", None))
        self.introLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"Each person invited gets a training record for the session (invited); record who came afterwards with Record Attendance.", None))
        self.dateLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TrainingSessionDialog", u"ddd dd/MM/yyyy", None))
        self.timeCheck.setText(QCoreApplication.translate("TrainingSessionDialog", u"&at", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("TrainingSessionDialog", u"HH:mm", None))
        self.kindLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Kind:", None))
        self.titleLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TrainingSessionDialog", u"if not the kind's, e.g. The Local Offer and the Pledge", None))
        self.venueLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"&Venue:", None))
        self.inviteLabel.setText(QCoreApplication.translate("TrainingSessionDialog", u"Invite:", None))
        self.allCouncillorsRadio.setText(QCoreApplication.translate("TrainingSessionDialog", u"Every &councillor (on the board or not)", None))
        self.boardRadio.setText(QCoreApplication.translate("TrainingSessionDialog", u"The &board's members (who hold a seat)", None))
        self.chosenRadio.setText(QCoreApplication.translate("TrainingSessionDialog", u"People &chosen below", None))
    # retranslateUi

