# Generated from forms/partner_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PartnerDialog(object):
    def setupUi(self, PartnerDialog):
        if not PartnerDialog.objectName():
            PartnerDialog.setObjectName(u"PartnerDialog")
        PartnerDialog.resize(560, 480)
        self.layout = QVBoxLayout(PartnerDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(PartnerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PartnerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(PartnerDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(PartnerDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(16)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.secretariatLabel = QLabel(PartnerDialog)
        self.secretariatLabel.setObjectName(u"secretariatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secretariatLabel)

        self.secretariatEdit = QLineEdit(PartnerDialog)
        self.secretariatEdit.setObjectName(u"secretariatEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secretariatEdit)

        self.emailLabel = QLabel(PartnerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PartnerDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.confidentialityLabel = QLabel(PartnerDialog)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confidentialityLabel)

        self.confidentialityCombo = QComboBox(PartnerDialog)
        self.confidentialityCombo.setObjectName(u"confidentialityCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confidentialityCombo)

        self.directionLabel = QLabel(PartnerDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(PartnerDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.frequencyLabel = QLabel(PartnerDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencySpin = QSpinBox(PartnerDialog)
        self.frequencySpin.setObjectName(u"frequencySpin")
        self.frequencySpin.setMinimum(1)
        self.frequencySpin.setMaximum(24)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.frequencySpin)

        self.sendDocxCheck = QCheckBox(PartnerDialog)
        self.sendDocxCheck.setObjectName(u"sendDocxCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sendDocxCheck)

        self.sinceCheck = QCheckBox(PartnerDialog)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sinceCheck)

        self.sinceDateEdit = QDateEdit(PartnerDialog)
        self.sinceDateEdit.setObjectName(u"sinceDateEdit")
        self.sinceDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sinceDateEdit)

        self.relationshipLabel = QLabel(PartnerDialog)
        self.relationshipLabel.setObjectName(u"relationshipLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.relationshipLabel)

        self.relationshipEdit = QPlainTextEdit(PartnerDialog)
        self.relationshipEdit.setObjectName(u"relationshipEdit")
        self.relationshipEdit.setMaximumSize(QSize(16777215, 80))
        self.relationshipEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.relationshipEdit)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(PartnerDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PartnerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.secretariatLabel.setBuddy(self.secretariatEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.confidentialityLabel.setBuddy(self.confidentialityCombo)
        self.directionLabel.setBuddy(self.directionCombo)
        self.frequencyLabel.setBuddy(self.frequencySpin)
        self.relationshipLabel.setBuddy(self.relationshipEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.secretariatEdit)
        QWidget.setTabOrder(self.secretariatEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.confidentialityCombo)
        QWidget.setTabOrder(self.confidentialityCombo, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.frequencySpin)
        QWidget.setTabOrder(self.frequencySpin, self.sendDocxCheck)
        QWidget.setTabOrder(self.sendDocxCheck, self.sinceCheck)
        QWidget.setTabOrder(self.sinceCheck, self.sinceDateEdit)
        QWidget.setTabOrder(self.sinceDateEdit, self.relationshipEdit)

        self.retranslateUi(PartnerDialog)
        self.buttonBox.accepted.connect(PartnerDialog.accept)
        self.buttonBox.rejected.connect(PartnerDialog.reject)
    # setupUi

    def retranslateUi(self, PartnerDialog):
        PartnerDialog.setWindowTitle(QCoreApplication.translate("PartnerDialog", u"Partner Board", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"Sefton Safeguarding Children Partnership", None))
        self.shortNameLabel.setText(QCoreApplication.translate("PartnerDialog", u"S&hort name:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"SSCP", None))
        self.secretariatLabel.setText(QCoreApplication.translate("PartnerDialog", u"&Secretariat:", None))
        self.secretariatEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"Who the e-mail is addressed to, e.g. SSCP Business Unit", None))
        self.emailLabel.setText(QCoreApplication.translate("PartnerDialog", u"&E-mail:", None))
        self.confidentialityLabel.setText(QCoreApplication.translate("PartnerDialog", u"&Their minutes are:", None))
        self.directionLabel.setText(QCoreApplication.translate("PartnerDialog", u"E&xchange:", None))
        self.frequencyLabel.setText(QCoreApplication.translate("PartnerDialog", u"They meet e&very:", None))
        self.frequencySpin.setSuffix(QCoreApplication.translate("PartnerDialog", u" months", None))
        self.sendDocxCheck.setText(QCoreApplication.translate("PartnerDialog", u"Also send our minutes as &Word (.docx)", None))
        self.sinceCheck.setText(QCoreApplication.translate("PartnerDialog", u"Exchanging s&ince:", None))
        self.sinceDateEdit.setDisplayFormat(QCoreApplication.translate("PartnerDialog", u"dd/MM/yyyy", None))
        self.relationshipLabel.setText(QCoreApplication.translate("PartnerDialog", u"&Relationship:", None))
        self.relationshipEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"How the board and this partner work together (shown in the annual report)", None))
    # retranslateUi

