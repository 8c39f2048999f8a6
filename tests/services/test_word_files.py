"""Our Word files are true to themselves (issue 19, point 12): core properties made now, by the
council, with nothing left of python-docx's 2013 Mac template (its blank thumbnail, its
bibliography store, "Microsoft Macintosh Word" and "Normal.dotm"); absence letters' file names
keep accented letters and never overwrite one another."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx

from cpo_desktop.model.tables import Person
from cpo_desktop.services import attendance, minutes_documents

OCTOBER = 3
DEMO_TODAY = dt.date(2026, 11, 23)


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def assert_true_to_itself(data: bytes, before: dt.datetime, after: dt.datetime) -> None:
    files = parts(data)
    assert not [n for n in files if "thumbnail" in n or n.startswith("customXml/")], sorted(files)
    app = files["docProps/app.xml"].decode()
    assert "<Application>CPO Desktop</Application>" in app
    assert "Macintosh" not in app and "Normal.dotm" not in app
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.author and props.author != "python-docx" and props.title
    for moment in (props.created, props.modified):
        assert before <= moment.replace(tzinfo=dt.UTC) <= after, moment


def test_minutes_and_letters_are_made_now_by_the_council_with_no_template_leftovers(demo_store, tmp_path):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    minutes_path = minutes_documents.export(demo_store, OCTOBER, "docx", tmp_path / "m.docx", public=True,
                                            today=DEMO_TODAY)
    letters = minutes_documents.absence_letters(demo_store, OCTOBER, tmp_path / "letters", today=DEMO_TODAY)
    after = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    assert letters
    for path in (minutes_path, *(letter.path for letter in letters)):
        assert_true_to_itself(path.read_bytes(), before, after)


def test_absence_letters_keep_accents_and_never_overwrite_one_another(demo_store, tmp_path):
    sheet = attendance.load(demo_store, OCTOBER)
    [first] = sheet.absent_without_apologies
    second = next(r for r in sheet.rows if r.status == "present" and r.person_id != first.person_id)
    with demo_store.session() as session:
        for row in (first, second):  # two members of one name, written with accents
            person = session.get(Person, row.person_id)
            person.first_name, person.surname, person.preferred_name = "Zoë", "Brontë", None
    attendance.record(demo_store, OCTOBER, [attendance.Mark(second.person_id, "absent")])
    letters = minutes_documents.absence_letters(demo_store, OCTOBER, tmp_path / "letters", today=DEMO_TODAY)
    names = sorted(letter.path.name for letter in letters)
    assert names == ["absence-letter-2026-10-14-Brontë-Zoë-2.docx", "absence-letter-2026-10-14-Brontë-Zoë.docx"]
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == names  # two files: neither overwrote the other
    assert {letter.person_id for letter in letters} == {first.person_id, second.person_id}
