# Generated from forms/late_pack_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'late_pack_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_LatePackDialog(object):
    def setupUi(self, LatePackDialog):
        if not LatePackDialog.objectName():
            LatePackDialog.setObjectName(u"LatePackDialog")
        LatePackDialog.resize(520, 330)
        self.layout = QVBoxLayout(LatePackDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(LatePackDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.reasonLabel = QLabel(LatePackDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.layout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(LatePackDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.reasonEdit)

        self.chairCheck = QCheckBox(LatePackDialog)
        self.chairCheck.setObjectName(u"chairCheck")

        self.layout.addWidget(self.chairCheck)

        self.problemLabel = QLabel(LatePackDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(LatePackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.chairCheck)

        self.retranslateUi(LatePackDialog)
        self.buttonBox.accepted.connect(LatePackDialog.accept)
        self.buttonBox.rejected.connect(LatePackDialog.reject)
    # setupUi

    def retranslateUi(self, LatePackDialog):
        LatePackDialog.setWindowTitle(QCoreApplication.translate("LatePackDialog", u"Late Publication", None))
        self.reasonLabel.setText(QCoreApplication.translate("LatePackDialog", u"&Reason it is late (printed on the front sheet):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LatePackDialog", u"e.g. The performance report needed the November figures, which were published on 2 December.", None))
        self.chairCheck.setText(QCoreApplication.translate("LatePackDialog", u"The &Chair has agreed that the board consider it at this meeting as a matter of urgency", None))
    # retranslateUi

