# Generated from forms/main_window.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1240, 780)
        MainWindow.setMinimumSize(QSize(800, 520))
        self.actionBackupNow = QAction(MainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(210, 0))
        self.navList.setMaximumSize(QSize(210, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(24, 24))
        self.navList.setSpacing(2)
        self.navList.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navList)

        self.viewStack = QStackedWidget(self.centralwidget)
        self.viewStack.setObjectName(u"viewStack")

        self.centralLayout.addWidget(self.viewStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CPO Desktop", None))
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"&Back Up Now", None))
#if QT_CONFIG(tooltip)
        self.actionBackupNow.setToolTip(QCoreApplication.translate("MainWindow", u"Save a copy of all the board's data in the backups folder", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore from Backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionRestore.setToolTip(QCoreApplication.translate("MainWindow", u"Replace the current data with a backup (the current data is backed up first)", None))
#endif // QT_CONFIG(tooltip)
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Open &Data Folder", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard Shortcuts", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CPO Desktop", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Views", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

