"""Every dialog the GUI asks through goes through these functions.

Tests replace them (monkeypatch ``cpo_desktop.ui.prompts.confirm`` and friends) instead of
clicking through modal windows; callers must use ``prompts.confirm(...)``, not a from-import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, ok_text: str = "OK") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # the safe choice is the default
    box.exec()
    return box.clickedButton() is ok


def open_file(parent: QWidget | None, caption: str, directory: Path | None = None,
              file_filter: str = "All files (*)") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(directory or ""), file_filter)
    return Path(name) if name else None


def save_file(parent: QWidget | None, caption: str, suggested: Path | None = None,
              file_filter: str = "All files (*)") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested or ""), file_filter)
    return Path(name) if name else None


def save_as(parent: QWidget | None, caption: str, folder: Path, stem: str,
            formats: dict[str, str]) -> tuple[Path, str] | None:
    """Where to save a file that can be written in any of ``formats`` (extension -> filter, e.g.
    {"xlsx": "Excel workbooks (*.xlsx)"}; the first is suggested), and the extension chosen. A name
    typed without one of them gets the first's, so the file is always written as its name says."""
    first = next(iter(formats))
    target = save_file(parent, caption, folder / f"{stem}.{first}", ";;".join(formats.values()))
    if target is None:
        return None
    suffix = target.suffix.lower().removeprefix(".")
    if suffix not in formats:
        suffix = first
        target = target.with_name(f"{target.name}.{first}")
    return target, suffix


def choose_folder(parent: QWidget | None, caption: str, directory: Path | None = None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, str(directory or ""))
    return Path(name) if name else None


def ask(dialog: QDialog) -> bool:
    """Show one of our own dialogs modally; True when the user pressed OK.

    Tests replace this with a function that fills the dialog's widgets and returns True,
    so the real dialog, with its validation, is still what the test drives.
    """
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_dialog(parent: QWidget | None, printer) -> bool:
    """The system's print dialog for ``printer`` (a QPrinter), which it sets up; True to print.

    Tests replace this with a function that points the printer at a PDF file and returns True.
    """
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    if printer.toPage() > 0:
        dialog.setMinMax(1, printer.toPage())
    return dialog.exec() == QDialog.DialogCode.Accepted
