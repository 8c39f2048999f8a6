"""A PDF shown inside the app (QtPdf's QPdfView) and printed through the system's printer (QPrinter).

The preview reads the file into memory, so the file itself is never held open: a pack can be
built again under the same name (Windows refuses to replace a file another program holds open),
or opened in the PDF reader, while it is shown here.

QtPdf renders a page onto a transparent background; printing paints each page onto white first,
scaled to fit the printer's printable area. ``print_pdf`` opens its own QPdfDocument, so it can
run off the UI thread (QPainter on a QPrinter may be used from another thread).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300  # enough for text and photographs; a page at 1200 dpi would be 140 MB of pixels
ZOOM_STEP = 1.25

_LOAD_ERRORS = {
    QPdfDocument.Error.FileNotFound: "the file is not there",
    QPdfDocument.Error.InvalidFileFormat: "it is not a PDF file, or it is damaged",
    QPdfDocument.Error.IncorrectPassword: "it is protected with a password",
    QPdfDocument.Error.UnsupportedSecurityScheme: "it is protected in a way that cannot be read",
}


class PdfError(OSError):
    """A PDF that cannot be shown or printed, with the reason in words."""


def _load_error(path: Path, error: QPdfDocument.Error) -> PdfError:
    return PdfError(f"“{path.name}” cannot be shown: {_LOAD_ERRORS.get(error, 'it could not be read')}.")


class PdfPreview(QWidget):
    """The pages of one PDF, one under another, fitted to the width; previous/next page, a page
    number to type, and zoom. Until a file is loaded it shows ``empty_text``."""

    page_changed = Signal(int)  # the page shown (0-based)
    loaded = Signal(int)  # a document was loaded: its page count

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(4)

        def tool(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False: slot())
            return button

        self.prev_button = tool("◀", "Previous page (Page Up)", self.previous_page)
        self.next_button = tool("▶", "Next page (Page Down)", self.next_page)
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName("Page")
        self.page_spin.setToolTip("The page shown: type a number to go to it")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(0, 0)
        self.page_spin.setMinimumWidth(64)
        self.page_spin.valueChanged.connect(lambda n: n and self.go_to(n - 1))
        self.of_label = QLabel("of 0")
        self.of_label.setMinimumWidth(44)
        self.fit_width_button = tool("Fit width", "Fit the page to the width of the preview", self.fit_width)
        self.fit_page_button = tool("Whole page", "Show the whole page", self.fit_page)
        self.zoom_out_button = tool("−", "Zoom out (Ctrl+minus)", self.zoom_out)
        self.zoom_in_button = tool("+", "Zoom in (Ctrl+plus)", self.zoom_in)
        for w in (self.fit_width_button, self.fit_page_button):
            w.setCheckable(True)
        for w in (self.prev_button, self.page_spin, self.of_label, self.next_button):
            self.toolbar.addWidget(w)
        self.toolbar.addSpacing(10)
        for w in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_in_button):
            self.toolbar.addWidget(w)
        self.toolbar.addStretch(1)
        layout.addLayout(self.toolbar)

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Preview of the pack")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")  # pages stand out, as in a PDF reader
        self.view.pageNavigator().currentPageChanged.connect(self._page_moved)
        self.view.zoomModeChanged.connect(lambda _m: self._sync_zoom())
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setStyleSheet("QLabel#previewEmpty { color: #666; background: palette(base); padding: 24px; }")
        self.empty.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self._sync()

    # --- the document ---------------------------------------------------------------------------
    def load(self, path: Path) -> int:
        """Show ``path``; its page count. Raises PdfError (the old document stays) if it cannot."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise PdfError(f"“{path.name}” is no longer in {path.parent}: it was moved or deleted.") from None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            error = document.error()
            document.deleteLater()
            raise _load_error(path, error)
        old, self.document = self.document, document
        self.view.setDocument(document)
        old.deleteLater()
        self._buffer = buffer  # the document reads from it while shown
        self.path = path
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to(0)
        self._sync()
        self.loaded.emit(document.pageCount())
        return document.pageCount()

    def clear(self) -> None:
        self.path = None
        document = QPdfDocument(self)
        old, self.document = self.document, document
        self.view.setDocument(document)
        old.deleteLater()
        self._buffer = None
        self._sync()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # --- moving about ---------------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = max(0, min(page, count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_moved(page)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._sync_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._sync_zoom()

    def _zoom_by(self, factor: float) -> None:
        now = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, now * factor)))
        self._sync_zoom()

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _effective_zoom(self) -> float:
        """The zoom the view shows now, also when it is fitting (its zoomFactor then is stale)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        size = self.document.pagePointSize(max(0, self.current_page()))
        if size.width() <= 0:
            return 1.0
        dpi = self.view.logicalDpiX() / 72.0
        area = self.view.viewport().size()
        width_zoom = (area.width() - 24) / (size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return max(0.1, width_zoom)
        return max(0.1, min(width_zoom, (area.height() - 24) / (size.height() * dpi)))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_PageUp and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.previous_page()
        elif event.key() == Qt.Key.Key_PageDown and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.next_page()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Plus,
                                                                                         Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    # --- showing where we are -------------------------------------------------------------------
    def _page_moved(self, page: int) -> None:
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1 if count else 0)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.page_changed.emit(page)

    def _sync_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _sync(self) -> None:
        count = self.page_count()
        self.stack.setCurrentWidget(self.view if count else self.empty)
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if count else 0, count)
        self.page_spin.blockSignals(False)
        self.of_label.setText(f"of {count}")
        for w in (self.page_spin, self.fit_width_button, self.fit_page_button, self.zoom_in_button,
                  self.zoom_out_button):
            w.setEnabled(count > 0)
        self._page_moved(self.current_page() if count else 0)
        self._sync_zoom()


# --- printing ----------------------------------------------------------------------------------------

def page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page rendered at ``dpi`` on white (QtPdf leaves the background transparent)."""
    points = document.pagePointSize(page)
    size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def fit_rect(area: QRect, width: float, height: float) -> QRect:
    """The largest rectangle of the page's proportions inside ``area``, centred."""
    if width <= 0 or height <= 0:
        return QRect(area)
    scale = min(area.width() / width, area.height() / height)
    w, h = round(width * scale), round(height * scale)
    return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)


def pages_to_print(printer, count: int, current: int = 0) -> list[int]:
    """The 0-based pages the print dialog asked for: all, a range ("3-5, 9"), or the page shown."""
    from PySide6.QtPrintSupport import QPrinter

    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), count - 1)] if count else []
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [n for n in range(count) if ranges.contains(n + 1)]
        if printer.fromPage() > 0:
            return list(range(printer.fromPage() - 1, min(printer.toPage() or count, count)))
    return list(range(count))


def print_pdf(path: Path, printer, *, progress=None, current: int = 0) -> int:
    """Print the PDF at ``path`` on ``printer`` (as set up by the print dialog): each page rendered
    on white, fitted to the printable area. Returns the pages printed. ``progress`` is a
    ``cpo_desktop.progress.Progress``: its ``step`` raises ``Cancelled`` when the user cancels, and the
    print job is then abandoned. Safe to call off the UI thread."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise _load_error(Path(path), document.error())
    count = document.pageCount()
    pages = pages_to_print(printer, count, current)
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = [p for _ in range(copies) for p in pages]
    if not sequence:
        return 0
    dpi = min(max(printer.resolution(), 72), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError("The printer could not be started: check that it is switched on and connected, and that "
                       "the file name (when printing to a file) can be written.")
    finished = False
    try:
        for n, page in enumerate(sequence):
            if progress is not None:
                progress.step(n, len(sequence), f"Printing page {page + 1} of {count}")
            if n:
                printer.newPage()
            area = painter.viewport()
            area = QRect(0, 0, area.width(), area.height())
            points = document.pagePointSize(page)
            target = fit_rect(area, points.width(), points.height())
            image = page_image(document, page, min(dpi, 72 * target.width() / max(points.width(), 1)) or dpi)
            painter.fillRect(target, QColor("white"))
            painter.drawImage(target, image)
        finished = True
    finally:
        if not finished:
            printer.abort()
        painter.end()
        document.close()
    if progress is not None:
        progress.report(len(sequence), len(sequence), f"Sent {len(sequence)} page(s) to the printer")
    return len(sequence)
