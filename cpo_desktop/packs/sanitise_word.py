"""Taking out of a Word paper (.docx) everything that would make a program reach outside the file
when it opens or converts it: external relationships (pictures linked rather than embedded,
linked OLE objects, a template stored elsewhere, subdocuments, files brought in whole, frames,
linked fonts) and fields that fetch (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO, IMPORT,
DATABASE), and a mail merge's data source.

A .docx is a zip of XML parts; each part's relationships (``_rels/*.rels``) say what it points
to, and those marked ``TargetMode="External"`` (or whose target is an address rather than a part
of the file) point outside it. They are removed, and so are the elements that used them (a
picture's link is dropped from the picture; a subdocument, an inserted file, a linked object
goes). A field that fetches is unlinked as Word's Ctrl+Shift+F9 does: its code goes, its last
result stays as plain content.

Links a reader clicks follow the PDF rule (``packs.sanitise``): web (http, https) and e-mail
(mailto) links stay, links to anything else (file:, a network share) go.

Only ``zipfile`` and lxml; everything in memory, nothing extracted to disk.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from cpo_desktop.packs.removed import NOT_WEB, Removed, SanitiseError, Thing, is_web_address, thing

# A paper is at most 50 MB; its XML parts are parsed whole, so each is bounded.
MAX_PART = 64 * 1024 * 1024
MAX_UNZIPPED = 512 * 1024 * 1024

_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships")
_VML_RELID = "{urn:schemas-microsoft-com:office:office}relid"
# Elements whose link to an outside file is optional: the attribute goes, the element stays.
_KEEP_ELEMENT = {"blip", "hyperlink", "hlinkClick", "hlinkHover", "hlinkMouseOver"}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^[\\/]{2}")  # an address or a network path, not a part

PICTURE = thing("a picture linked from outside the file", "pictures linked from outside the file")
LINKED_OBJECT = thing("a linked object (OLE link)", "linked objects (OLE links)")
TEMPLATE = thing("a template stored outside the file", "templates stored outside the file")
SUBDOCUMENT = thing("a linked subdocument", "linked subdocuments")
INSERTED = thing("a part brought in from another file", "parts brought in from other files")
FRAME = thing("a frame showing another file", "frames showing other files")
FONT = thing("a font linked from outside the file", "fonts linked from outside the file")
OUTSIDE = thing("a link to an outside file", "links to outside files")
MAIL_MERGE = thing("a mail merge data source", "mail merge data sources")

_BY_TYPE = {"image": PICTURE, "oleObject": LINKED_OBJECT, "package": LINKED_OBJECT,
            "attachedTemplate": TEMPLATE, "subDocument": SUBDOCUMENT, "aFChunk": INSERTED, "frame": FRAME,
            "font": FONT, "hyperlink": NOT_WEB}


def _field(one_what: str, many_what: str, code: str) -> Thing:
    return thing(f"a field that {one_what} ({code})", f"fields that {many_what} ({code})")


_FIELDS = {
    "INCLUDEPICTURE": _field("fetches a picture", "fetch a picture", "INCLUDEPICTURE"),
    "INCLUDETEXT": _field("brings in another file", "bring in another file", "INCLUDETEXT"),
    "INCLUDE": _field("brings in another file", "bring in another file", "INCLUDE"),
    "LINK": _field("links to another file", "link to another file", "LINK"),
    "DDE": _field("asks another program for data", "ask another program for data", "DDE"),
    "DDEAUTO": _field("asks another program for data", "ask another program for data", "DDEAUTO"),
    "IMPORT": _field("brings in a picture", "bring in a picture", "IMPORT"),
    "DATABASE": _field("queries a database", "query a database", "DATABASE"),
}


def xml_parser() -> etree.XMLParser:
    """A parser for a Word file's XML parts: no entities, no DTD, no network."""
    # No entities, no DTD, no network: the XML is the file's, not anything it names.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def open_docx(data: bytes) -> zipfile.ZipFile:
    """A Word file's zip, opened in memory, once it is known to unpack to a bounded size; raises
    SanitiseError when it is not a zip or unpacks to far more than a Word document should."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise SanitiseError("it is not a readable Word file") from exc
    if sum(i.file_size for i in archive.infolist()) > MAX_UNZIPPED:
        archive.close()
        raise SanitiseError("it unpacks to far more data than a Word document should")
    return archive


def clean_docx(data: bytes) -> tuple[bytes, Removed]:
    """The .docx's bytes with everything that reaches outside the file removed, and what that
    was. A file with nothing to remove comes back unchanged, byte for byte. Raises SanitiseError
    if the file cannot be read or is too large to check."""
    archive = open_docx(data)
    with archive:
        try:
            return _clean(archive, data)
        except SanitiseError:
            raise
        except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, OSError, EOFError, KeyError) as exc:
            raise SanitiseError("it is damaged and cannot be checked") from exc


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_PART:
        raise SanitiseError(f"its part {info.filename} is too large to check")
    return archive.read(info)


def _clean(archive: zipfile.ZipFile, data: bytes) -> tuple[bytes, Removed]:
    infos = archive.infolist()
    removed = Removed()
    changed: dict[str, bytes] = {}
    gone: dict[str, set[str]] = {}  # part name -> ids of its relationships removed
    by_name = {i.filename: i for i in infos}
    for info in infos:
        if not info.filename.endswith(".rels"):
            continue
        tree = etree.fromstring(_read(archive, info), xml_parser())
        ids = set()
        for rel in tree.iter(f"{{{_PR}}}Relationship"):
            target = (rel.get("Target") or "").strip()
            external = rel.get("TargetMode", "").lower() == "external" or bool(_SCHEME.match(target))
            if not external:
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            if kind == "hyperlink" and is_web_address(target):
                continue  # a web or e-mail link the reader may click
            removed.add(_BY_TYPE.get(kind, OUTSIDE))
            ids.add(rel.get("Id") or "")
            rel.getparent().remove(rel)
        if ids:
            changed[info.filename] = _xml(tree)
            gone[_source_part(info.filename)] = ids
    for info in infos:
        name = info.filename
        if not name.endswith(".xml"):
            continue
        ids = gone.get(name, set())
        raw = None
        if ids or name.startswith("word/"):
            raw = _read(archive, info)
        if raw is None or not (ids or b"instr" in raw or (name == "word/settings.xml" and b"mailMerge" in raw)):
            continue
        tree = etree.fromstring(raw, xml_parser())
        before = sum(removed.counts.values())
        if ids:
            _drop_uses(tree, ids)
        _unlink_fields(tree, removed)
        if name == "word/settings.xml":
            for merge in list(tree.iter(f"{{{_W}}}mailMerge")):
                merge.getparent().remove(merge)
                removed.add(MAIL_MERGE)
        if ids or sum(removed.counts.values()) != before:
            changed[name] = _xml(tree)
    if not changed:
        return data, removed
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in infos:
            target.writestr(info, changed[info.filename] if info.filename in changed else
                            _read(archive, by_name[info.filename]))
    return out.getvalue(), removed


def _source_part(rels_name: str) -> str:
    """'word/_rels/document.xml.rels' -> 'word/document.xml' (the part the relationships are of)."""
    folder, _, name = rels_name.rpartition("_rels/")
    return folder + name.removesuffix(".rels")


def _xml(tree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_uses(tree, ids: set[str]) -> None:
    """Elements that used a removed relationship: the link dropped, or the element removed."""
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        for attribute, value in list(element.attrib.items()):
            if value not in ids:
                continue
            namespace = attribute[1:].split("}", 1)[0] if attribute.startswith("{") else ""
            if namespace not in _REL_NAMESPACES and attribute != _VML_RELID:
                continue
            if etree.QName(element).localname in _KEEP_ELEMENT:
                del element.attrib[attribute]
            else:
                doomed.append(element)
                break
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


# --- fields ------------------------------------------------------------------------------------------

def _fetches(instruction: str) -> Thing | None:
    """What a field with this code does, if it reaches outside the file."""
    words = instruction.split()
    if not words:
        return None
    code = words[0].upper()
    if code in _FIELDS:
        return _FIELDS[code]
    if code == "HYPERLINK":
        args = _arguments(instruction)
        target = next((a for a in args[1:] if not a.startswith("\\")), "")
        if target and "\\l" not in [a.lower() for a in args] and not is_web_address(target):
            return NOT_WEB
    return None


def _arguments(instruction: str) -> list[str]:
    return [a[1:-1] if a.startswith('"') else a for a in re.findall(r'"[^"]*"|\S+', instruction)]


def _unlink_fields(tree, removed: Removed) -> None:
    w = f"{{{_W}}}"
    # Simple fields: the whole field in one element, its result inside it.
    for simple in reversed(list(tree.iter(f"{w}fldSimple"))):
        thing = _fetches(simple.get(f"{w}instr") or "")
        if thing is None:
            continue
        removed.add(thing)
        parent = simple.getparent()
        if parent is None:
            continue
        index = parent.index(simple)
        for child in reversed([c for c in simple if etree.QName(c).localname != "fldData"]):
            parent.insert(index, child)
        parent.remove(simple)
    # Complex fields: begin, code (instrText, possibly over several runs), separate, result, end.
    # Run contents in document order; each field spans from its begin to its end.
    seq = []
    for run in tree.iter(f"{w}r"):
        seq += [c for c in run if isinstance(c.tag, str) and c.tag != f"{w}rPr"]
    fields, stack = [], []
    for index, element in enumerate(seq):
        tag = element.tag
        for open_field in stack:
            if open_field["separate"] is None:
                open_field["code_last"] = index
        if tag == f"{w}fldChar":
            kind = element.get(f"{w}fldCharType")
            if kind == "begin":
                stack.append({"begin": index, "separate": None, "end": None, "code": [], "code_last": index})
            elif kind == "separate" and stack and stack[-1]["separate"] is None:
                stack[-1]["separate"] = index
            elif kind == "end" and stack:
                field = stack.pop()
                field["end"] = index
                fields.append(field)
        elif tag in (f"{w}instrText", f"{w}delInstrText") and stack and stack[-1]["separate"] is None:
            stack[-1]["code"].append(element.text or "")
    fields += stack  # never ended: what there is of them is judged all the same
    doomed: set[int] = set()
    for field in fields:
        thing = _fetches("".join(field["code"]))
        if thing is None:
            continue
        removed.add(thing)
        code_end = field["separate"] if field["separate"] is not None else field["code_last"]
        doomed.update(range(field["begin"], code_end + 1))  # the code, nested fields in it included
        if field["end"] is not None:
            doomed.add(field["end"])
    for index in sorted(doomed, reverse=True):
        element = seq[index]
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
