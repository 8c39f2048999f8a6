"""A working group's action plan as a landscape PDF table (commitment, owner, due, RAG, latest
update): the page the agenda pack puts under the themed meeting's working-group progress report."""

from __future__ import annotations

import io

from cpo_desktop import dates
from cpo_desktop.palette import RAG_FILL
from cpo_desktop.packs.content import ActionPlanContent

RAG_LABELS = {"red": "Red", "amber": "Amber", "green": "Green", None: "Not rated"}


def plan_pdf(content: ActionPlanContent) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Paragraph, Spacer, Table

    from cpo_desktop.packs import fonts
    from cpo_desktop.packs.minutes_pdf import (MARGIN_X, QUIET, PageDecor, build_two_pass, cells,
                                               make_doc_template, mixed_widths, pdf_styles, table_style)
    from cpo_desktop.packs.text import esc

    fonts.register()
    pagesize = landscape(A4)
    width = pagesize[0] - 2 * MARGIN_X
    as_at = dates.plain(content.as_at)
    heading = f"{content.group} working group – action plan"
    decor = PageDecor(header_left=f"{content.board} – {heading}", header_right=f"As at {as_at}",
                      footer=content.council, draft=False)

    def story() -> list:
        s = pdf_styles()
        cell = ParagraphStyle("p-cell", parent=s["cell"], fontSize=9, leading=11.5)
        head = ParagraphStyle("p-head", parent=s["cell_head"], fontSize=9, leading=11.5)
        out: list = [Paragraph(esc(content.council), s["council"]), Paragraph(esc(content.board.upper()), s["board"]),
                     Paragraph(esc(f"{heading} as at {as_at}"), s["meeting"])]
        counts = {k: sum(1 for x in content.lines if x.rag == k) for k in ("red", "amber", "green", None)}
        summary = (f"Chair: {content.chair or 'not named'}. {len(content.lines)} commitment"
                   f"{'s' if len(content.lines) != 1 else ''}: "
                   + ", ".join(f"{n} {RAG_LABELS[k].lower()}" for k, n in counts.items() if n) + ".")
        out.append(Paragraph(esc(summary), ParagraphStyle("summary", parent=s["small"], textColor=QUIET,
                                                            spaceAfter=8)))
        if not content.lines:
            out.append(Paragraph("The working group's plan has no commitments yet.", s["body"]))
            return out
        rows = [cells(["Commitment", "Owner", "Due", "RAG", "Latest update"], head)]
        for x in content.lines:
            rows.append(cells([x.text, x.owner, dates.short(x.due) if x.due else "", RAG_LABELS.get(x.rag, ""),
                               x.update], cell))
        table = Table(rows, colWidths=mixed_widths([-48, -22, 21, 20, -34], width), repeatRows=1, hAlign="LEFT")
        style = table_style()
        for n, x in enumerate(content.lines, start=1):
            if x.rag in RAG_FILL:
                style.add("BACKGROUND", (3, n), (3, n), colors.HexColor(RAG_FILL[x.rag]))
        table.setStyle(style)
        out += [Spacer(1, 2), table]
        return out

    def make_doc(buf: io.BytesIO) -> BaseDocTemplate:
        return make_doc_template(buf, pagesize=pagesize, decor=decor, title=f"{content.board} – {heading}",
                                 author=content.council, subject=f"{heading} as at {as_at}",
                                 keywords=[content.board, "working group", "action plan"])

    return build_two_pass(make_doc, story)
