# Generated from forms/exchange_rules_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_rules_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ExchangeRulesDialog(object):
    def setupUi(self, ExchangeRulesDialog):
        if not ExchangeRulesDialog.objectName():
            ExchangeRulesDialog.setObjectName(u"ExchangeRulesDialog")
        ExchangeRulesDialog.resize(500, 230)
        self.layout = QVBoxLayout(ExchangeRulesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExchangeRulesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.sendLabel = QLabel(ExchangeRulesDialog)
        self.sendLabel.setObjectName(u"sendLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sendLabel)

        self.sendSpin = QSpinBox(ExchangeRulesDialog)
        self.sendSpin.setObjectName(u"sendSpin")
        self.sendSpin.setMinimum(1)
        self.sendSpin.setMaximum(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sendSpin)

        self.receiveLabel = QLabel(ExchangeRulesDialog)
        self.receiveLabel.setObjectName(u"receiveLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiveLabel)

        self.receiveSpin = QSpinBox(ExchangeRulesDialog)
        self.receiveSpin.setObjectName(u"receiveSpin")
        self.receiveSpin.setMinimum(1)
        self.receiveSpin.setMaximum(24)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiveSpin)


        self.layout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ExchangeRulesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExchangeRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sendLabel.setBuddy(self.sendSpin)
        self.receiveLabel.setBuddy(self.receiveSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sendSpin, self.receiveSpin)

        self.retranslateUi(ExchangeRulesDialog)
        self.buttonBox.accepted.connect(ExchangeRulesDialog.accept)
        self.buttonBox.rejected.connect(ExchangeRulesDialog.reject)
    # setupUi

    def retranslateUi(self, ExchangeRulesDialog):
        ExchangeRulesDialog.setWindowTitle(QCoreApplication.translate("ExchangeRulesDialog", u"Overdue Rules", None))
        self.introLabel.setText(QCoreApplication.translate("ExchangeRulesDialog", u"When the exchange of minutes with partner boards shows as overdue (in rose). Working days leave out weekends and bank holidays.", None))
        self.sendLabel.setText(QCoreApplication.translate("ExchangeRulesDialog", u"&Send our minutes within:", None))
        self.sendSpin.setSuffix(QCoreApplication.translate("ExchangeRulesDialog", u" working days of their confirmation", None))
        self.receiveLabel.setText(QCoreApplication.translate("ExchangeRulesDialog", u"&Chase a partner after:", None))
        self.receiveSpin.setSuffix(QCoreApplication.translate("ExchangeRulesDialog", u" months without minutes from them", None))
    # retranslateUi

