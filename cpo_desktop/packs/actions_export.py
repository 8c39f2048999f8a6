"""The action log as CSV (for Excel), as an Excel workbook, and as a landscape PDF table."""

from __future__ import annotations

import io
from collections.abc import Sequence

from cpo_desktop import dates
from cpo_desktop.csv_out import csv_bytes
from cpo_desktop.packs.content import ActionLine, ActionLogContent
from cpo_desktop.xlsx_out import xlsx_bytes

__all__ = ["actions_csv", "actions_xlsx", "actions_pdf", "CSV_HEADER"]

CSV_HEADER = ("Number", "Minute", "Action", "Owner", "Due", "Status", "Overdue", "Latest update")


def actions_csv(lines: Sequence[ActionLine]) -> bytes:
    """UTF-8 with a byte-order mark, CRLF rows, no cell a spreadsheet could take for a formula."""
    return csv_bytes(CSV_HEADER, ([a.number, a.minute_ref, a.description, a.owner,
                                   dates.short(a.due), a.status, "Yes" if a.overdue else "No",
                                   a.update] for a in lines))


def actions_xlsx(lines: Sequence[ActionLine], sheet: str = "Action log") -> bytes:
    """The CSV's columns as a workbook: the due date an Excel date, the numbers ("A12") text."""
    return xlsx_bytes(sheet, CSV_HEADER, ([a.number, a.minute_ref, a.description, a.owner, a.due, a.status,
                                           "Yes" if a.overdue else "No", a.update] for a in lines))


def actions_pdf(content: ActionLogContent) -> bytes:
    """The action log as a landscape A4 table; overdue rows shaded and marked "Overdue"."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Paragraph, Spacer, Table

    from cpo_desktop.packs import fonts
    from cpo_desktop.packs.minutes_pdf import (MARGIN_X, QUIET, PageDecor, build_two_pass, cells,
                                               make_doc_template, mixed_widths, pdf_styles, status_cell,
                                               table_style)
    from cpo_desktop.packs.text import esc

    fonts.register()
    pagesize = landscape(A4)
    width = pagesize[0] - 2 * MARGIN_X
    as_at = dates.plain(content.as_at)
    title = f"{content.board} – {content.title} – {as_at}"
    decor = PageDecor(header_left=f"{content.board} – {content.title}",
                      header_right=f"As at {as_at}", footer=content.council, draft=False)

    def story() -> list:
        s = pdf_styles()
        cell = ParagraphStyle("a-cell", parent=s["cell"], fontSize=9, leading=11.5)
        head = ParagraphStyle("a-head", parent=s["cell_head"], fontSize=9, leading=11.5)
        out: list = [
            Paragraph(esc(content.council), s["council"]),
            Paragraph(esc(content.board.upper()), s["board"]),
            Paragraph(esc(f"{content.title} as at {as_at}"), s["meeting"]),
        ]
        overdue = sum(1 for a in content.actions if a.overdue)
        summary = f"{len(content.actions)} action{'s' if len(content.actions) != 1 else ''}"
        if overdue:
            summary += f", of which {overdue} overdue (shaded and marked “Overdue”)"
        summary += "." + (f" {content.scope}" if content.scope else "")
        out.append(Paragraph(esc(summary), ParagraphStyle("summary", parent=s["small"],
                                                                 textColor=QUIET, spaceAfter=8)))
        if not content.actions:
            out.append(Paragraph("There are no actions to show.", s["body"]))
            return out
        rows = [cells(["No.", "Minute", "Action", "Owner", "Due", "Status", "Latest update"], head)]
        shaded = []
        for n, a in enumerate(content.actions, start=1):
            row = cells([a.number, a.minute_ref, a.description, a.owner, dates.short(a.due)], cell)
            row += [status_cell(a, cell), Paragraph(esc(a.update), cell)]
            rows.append(row)
            if a.overdue:
                shaded.append(n)
        table = Table(rows, colWidths=mixed_widths([13, 26, -40, -20, 21, 21, -38], width),
                      repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(overdue_rows=shaded))
        out += [Spacer(1, 2), table]
        return out

    def make_doc(buf: io.BytesIO) -> BaseDocTemplate:
        return make_doc_template(buf, pagesize=pagesize, decor=decor, title=title,
                                 author=content.council,
                                 subject=f"{content.title} of the {content.board} as at {as_at}",
                                 keywords=[content.board, "actions"])

    return build_two_pass(make_doc, story)
