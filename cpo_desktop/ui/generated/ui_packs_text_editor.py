# Generated from forms/packs_text_editor.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packs_text_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_TextEditor(object):
    def setupUi(self, TextEditor):
        if not TextEditor.objectName():
            TextEditor.setObjectName(u"TextEditor")
        self.box = QVBoxLayout(TextEditor)
        self.box.setSpacing(6)
        self.box.setObjectName(u"box")
        self.box.setContentsMargins(6, 0, 0, 0)
        self.titleGrid = QGridLayout()
        self.titleGrid.setObjectName(u"titleGrid")
        self.titleGrid.setHorizontalSpacing(8)
        self.titleLabel = QLabel(TextEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleGrid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.textTitle = QLineEdit(TextEditor)
        self.textTitle.setObjectName(u"textTitle")

        self.titleGrid.addWidget(self.textTitle, 0, 1, 1, 1)


        self.box.addLayout(self.titleGrid)

        self.textBody = QPlainTextEdit(TextEditor)
        self.textBody.setObjectName(u"textBody")
        self.textBody.setTabChangesFocus(True)

        self.box.addWidget(self.textBody)

        self.markupLabel = QLabel(TextEditor)
        self.markupLabel.setObjectName(u"markupLabel")
        self.markupLabel.setStyleSheet(u"QLabel { color: #555; }")
        self.markupLabel.setWordWrap(True)

        self.box.addWidget(self.markupLabel)

        self.textProblem = QLabel(TextEditor)
        self.textProblem.setObjectName(u"textProblem")
        self.textProblem.setStyleSheet(u"QLabel { color: #aa1414; }")
        self.textProblem.setWordWrap(True)

        self.box.addWidget(self.textProblem)

        self.textSource = QLabel(TextEditor)
        self.textSource.setObjectName(u"textSource")
        self.textSource.setStyleSheet(u"QLabel { color: #666; }")
        self.textSource.setWordWrap(True)

        self.box.addWidget(self.textSource)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveTextButton = QPushButton(TextEditor)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.buttonRow.addWidget(self.saveTextButton)

        self.restoreTextButton = QPushButton(TextEditor)
        self.restoreTextButton.setObjectName(u"restoreTextButton")

        self.buttonRow.addWidget(self.restoreTextButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonRow.setStretch(2, 1)

        self.box.addLayout(self.buttonRow)

        self.box.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.textTitle)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TextEditor)
    # setupUi

    def retranslateUi(self, TextEditor):
        self.titleLabel.setText(QCoreApplication.translate("TextEditor", u"&Title:", None))
#if QT_CONFIG(tooltip)
        self.textTitle.setToolTip(QCoreApplication.translate("TextEditor", u"The section's heading in the induction pack", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.textTitle.setAccessibleName(QCoreApplication.translate("TextEditor", u"Title of the text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textBody.setAccessibleName(QCoreApplication.translate("TextEditor", u"Wording of the text", None))
#endif // QT_CONFIG(accessibility)
        self.markupLabel.setText(QCoreApplication.translate("TextEditor", u"A blank line between paragraphs \u00b7 <b>##</b> a subheading \u00b7 <b>-</b> a bullet point \u00b7 <b>1.</b> a numbered line \u00b7 <b>&gt;</b> a quotation \u00b7 lines \u201cterm \u2013 meaning\u201d a glossary", None))
        self.saveTextButton.setText(QCoreApplication.translate("TextEditor", u"&Save", None))
        self.restoreTextButton.setText(QCoreApplication.translate("TextEditor", u"Restore &Default Wording", None))
        pass
    # retranslateUi

