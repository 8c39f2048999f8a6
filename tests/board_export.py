"""A realistic board list, as a council officer's export really is: names with "Cllr" in them, job titles
and organisations as people write them, a "Role on Board" and a "Category" in the council's own words,
no seat titles; with the seat of the seeded board each row should get (the last item, not a column).

``write_xlsx`` builds it with openpyxl (dates as date cells), ``write_csv`` as Excel's "CSV UTF-8".
"""

from __future__ import annotations

import csv
import datetime as dt
import io

HEADER = ["Name", "Job Title", "Organisation", "Role on Board", "Category", "Email", "Start Date"]

# (Name, Job Title, Organisation, Role on Board, Category, Email, Start Date, the seat it should get)
ROWS = [
    ('Cllr Diane Roscoe', 'Cabinet Member for Children, Schools and Families', 'Sefton Council', 'Chair',
     'Councillor', 'diane.roscoe@sefton.example', '01/06/2024',
     'Chair – Lead Member for Children, Schools and Families'),
    ('Cllr Tom Harlow', 'Deputy Leader of the Council', 'Sefton MBC', 'Vice Chair',
     'Councillor', 'tom.harlow@sefton.example', '01/06/2024',
     'Vice Chair – Deputy Leader, Sefton Council'),
    ('Cllr Marion Keating', 'Leader of the Council', 'Sefton Metropolitan Borough Council', 'Member',
     'Elected Member', 'marion.keating@sefton.example', '01/06/2024',
     'Leader of Sefton Council'),
    ('Cllr Jane Whitfield', 'Ward Councillor – Ainsdale', 'Sefton Council', 'Member',
     'Cllr', 'jane.whitfield@sefton.example', '01/06/2024',
     'Elected Member (1)'),
    ('Cllr Robert Okafor', 'Councillor (Litherland ward)', 'Sefton Council', 'Member',
     'Elected member', 'robert.okafor@sefton.example', '15/07/2024',
     'Elected Member (2)'),
    ('Councillor Siobhan Murphy', 'Backbench Councillor, Netherton & Orrell', 'Sefton Council', 'Member',
     'Councillor', 'siobhan.murphy@sefton.example', '15/07/2024',
     'Elected Member (3)'),
    ('Dr Ian Marsh', 'Chief Executive', 'Sefton Council', 'Member',
     'Officer', 'ian.marsh@sefton.example', '01/04/2023',
     'Chief Executive, Sefton Council'),
    ('Helen Corrigan', "Executive Director – Children's Social Care and Education", 'Sefton Council', 'Senior Adviser',
     'Officer', 'helen.corrigan@sefton.example', '01/04/2023',
     "Executive Director, Children's Social Care & Education, Sefton Council"),
    ('Kayla Brennan', 'Care Experienced Young Person', '', 'Member',
     'Young person', '', '01/09/2025',
     'Care Experienced Young Person (1)'),
    ('Jordan Price', '', '', 'Member',
     'Care experienced', '', '01/09/2025',
     'Care Experienced Young Person (2)'),
    ('Lorraine Walsh', 'Foster Carer', "Sefton Foster Carers' Association", 'Member',
     'Partner', 'lorraine.walsh@example.org', '01/01/2024',
     'Foster Carer, Sefton Foster Carer Association'),
    ('Anita Desai', 'Designated Nurse Children in Care', 'NHS Cheshire & Merseyside', 'Member',
     'Health', 'anita.desai@nhs.example', '01/01/2024',
     'Designated Nurse, Cared for Children, Merseyside and Cheshire NHS (Sefton Borough)'),
    ('Mark Fenton', 'Assistant Director – Corporate Parenting and Care Experienced Services', 'Sefton Council', 'Member',
     'Officer', 'mark.fenton@sefton.example', '01/01/2024',
     'Assistant Director, Corporate Parenting & Care Experienced Services, Sefton Council'),
    ('Claire Doyle', 'Head of Service (Cared For & Care Experienced)', 'Sefton Council', 'Member',
     'Officer', 'claire.doyle@sefton.example', '01/01/2024',
     'Head of Service, Cared For and Care Experienced Services, Sefton Council'),
    ('Peter Quayle', 'Head of Virtual School', 'Sefton Council', 'Member',
     'Education', 'peter.quayle@sefton.example', '01/01/2024',
     'Head Teacher, Sefton Virtual School'),
    ('Amy Lunt', "Participation Officer (Children's Services)", 'Sefton Council', 'Member',
     'Officer', 'amy.lunt@sefton.example', '01/01/2024',
     'Participation Officer, Sefton Council'),
    ('Graham Tyrer', 'Assistant Director of Adult Social Care (DASS)', 'Sefton Council', 'Member',
     'Officer', 'graham.tyrer@sefton.example', '01/01/2024',
     'Assistant Director (DASS), Adult Social Care and Health, Sefton Council'),
    ('Mike Rowlands', 'Supt.', 'Merseyside Police', 'Member',
     'Police', 'mike.rowlands@police.example', '01/01/2024',
     'Superintendent, Merseyside Police'),
    ('Dr Priya Raman', 'Consultant Clinical Lead – CAMHS', "Alder Hey Children's NHS FT", 'Member',
     'Health', 'priya.raman@nhs.example', '01/01/2024',
     'Consultant Clinical Lead, Sefton CAMHS, Alder Hey NHS Trust'),
    ('Sue Kinsella', 'Strategic Lead, Children & Families', 'Sefton CVS', 'Member',
     'Voluntary sector', 'sue.kinsella@cvs.example', '01/01/2024',
     'Strategic Lead, Children and Families, Sefton CVS'),
    ('Dean Haworth', 'Service Manager', 'Career Connect', 'Member',
     'Partner', 'dean.haworth@example.org', '01/01/2024',
     'Service Manager, Sefton Career Connect'),
    ('Fiona Gallagher', 'Chief Executive', 'One Vision Housing', 'Member',
     'Partner', 'fiona.gallagher@ovh.example', '01/01/2024',
     'Chief Executive, One Vision Housing'),
    ('Nadia Khan', 'Partnership Manager', 'Department for Work and Pensions', 'Member',
     'Partner', 'nadia.khan@dwp.example', '01/01/2024',
     'Partnership Manager, DWP'),
    ('Owain Roberts', 'Strategic Lead – Housing', 'Sefton Council', 'Member',
     'Officer', 'owain.roberts@sefton.example', '01/01/2024',
     'Strategic Housing Lead, Sefton Council'),
    ('Rachel Byrne', 'Headteacher, Range High School', 'Sefton Association of Secondary Heads', 'Member',
     'Education', 'rachel.byrne@school.example', '01/01/2024',
     'Representative, Sefton Association Secondary Heads (SASH)'),
    ('Tom Aspinall', 'Headteacher, Litherland Moss Primary', 'SAPH', 'Member',
     'Education', 'tom.aspinall@school.example', '01/01/2024',
     'Representative, Sefton Association Primary Heads (SAPH)'),
]


EXPECTED = [r[-1] for r in ROWS]


def cells(rows=ROWS) -> list[list]:
    return [HEADER] + [list(r[:-1]) for r in rows]


def write_csv(path, rows=ROWS) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(cells(rows))
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def write_xlsx(path, rows=ROWS) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Board membership"
    ws.append(HEADER)
    for r in rows:
        values = list(r[:-1])
        day, month, year = map(int, values[6].split("/"))
        values[6] = dt.datetime(year, month, day)  # a date cell, as Excel holds it
        ws.append(values)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text, even "=…"
    wb.save(path)
