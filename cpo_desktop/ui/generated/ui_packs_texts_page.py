# Generated from forms/packs_texts_page.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_texts_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QLabel, QTableView, QVBoxLayout)

class Ui_TextsPage(object):
    def setupUi(self, TextsPage):
        if not TextsPage.objectName():
            TextsPage.setObjectName(u"TextsPage")
        self.box = QVBoxLayout(TextsPage)
        self.box.setObjectName(u"box")
        self.box.setContentsMargins(0, 0, 0, 0)
        self.libraryTexts = QTableView(TextsPage)
        self.libraryTexts.setObjectName(u"libraryTexts")
        self.libraryTexts.setWordWrap(False)

        self.box.addWidget(self.libraryTexts)

        self.hintLabel = QLabel(TextsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"QLabel { color: #666; }")
        self.hintLabel.setWordWrap(True)

        self.box.addWidget(self.hintLabel)

        self.box.setStretch(0, 1)

        self.retranslateUi(TextsPage)
    # setupUi

    def retranslateUi(self, TextsPage):
#if QT_CONFIG(accessibility)
        self.libraryTexts.setAccessibleName(QCoreApplication.translate("TextsPage", u"The Library's texts", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("TextsPage", u"These texts make up the induction pack. Edited texts are in bold; Edit \u203a Undo takes back a save.", None))
        pass
    # retranslateUi

