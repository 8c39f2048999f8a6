"""Taking out of a PDF everything that could run, reach out or carry other files, before it goes
into a pack or to a partner: scripts (JavaScript), actions that run by themselves (a document's
or a page's additional actions, an opening action other than going to a page of the file),
actions that start programs, open other files, send or read form data or play media, media and
file-attachment annotations, embedded and associated files, and XFA forms.

What stays: the page's content, going to a page of the same file (bookmarks, contents links),
and links to web pages (http, https) and e-mail addresses (mailto). A PDF reader follows such a
link only when the reader clicks it (most ask first), which is the reader's act, not the app's;
council papers cite legislation and guidance by their web addresses, and accessible PDFs (issue
25) need those links to be real. Any other address (file:, smb:, javascript:, a path) goes.

One rule over a whole document: :func:`sanitise` walks every object the saved file would hold,
from its trailer, so nothing copied along with pages (annotations' actions, form fields behind
widgets) escapes. The walk is iterative (a queue, never recursion), reads each object once
(hostile files have cycles and broken references) as qpdf's text, follows the references in it,
and looks closely only at objects that hold a name the rule acts on. It stops at bounds (objects,
text, close looks: hostile files have millions of objects or huge arrays); past one the file is
refused (:class:`SanitiseError`), never passed on half-checked. After removing, the walk runs
again and must change nothing: a file the rule cannot clean is refused too, as is one pikepdf
cannot read as objects.

What was removed is told in words (:class:`Removed`): "a script that ran when the file opened",
"2 embedded files", "a link that starts a program".
"""

from __future__ import annotations

import io
import re
from collections import deque

import pikepdf

from cpo_desktop.packs.removed import NOT_WEB, Removed, SanitiseError, Thing, is_web_address, thing

# Past these a file is refused as too big or too tangled to check (never passed on half
# checked). A 400-page report holds some tens of thousands of objects; reading one costs qpdf
# some 20 µs, so a million take about 20 seconds. Closer looks (at dictionaries that hold a name
# the rule acts on) are bounded too, as is the text of all objects together.
NODE_LIMIT = 1_000_000
TEXT_LIMIT = 512 * 1024 * 1024

_CONTAINERS = (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)
# "12 0 R"; a name the rule acts on (qpdf writes names in full, "/J#53" as "/JS").
_REF = re.compile(rb"(?<![\d.+-])(\d++) (\d++) R(?![^\s/\[\]<>(){}%])")
_SUSPECT = re.compile(
    rb"/(?:JS|JavaScript|AA|OpenAction|A|Next|EF|AF|XFA|NeedsRendering|Collection|EmbeddedFiles?|"
    rb"AlternatePresentations|Annots|FileAttachment|RichMedia|3D|Screen|Sound|Movie|Action|Launch|GoToR|GoToE|"
    rb"ImportData|SubmitForm|ResetForm|Hide|Rendition|GoTo3DView|RichMediaExecute|URI|Named|Thread|SetOCGState|"
    rb"Trans|GoTo)(?![^\s/\[\]<>(){}%])")

_Name = pikepdf.Name

# Actions a reader may follow when the reader clicks (a link, a bookmark, a form button).
_CLICK_SAFE = {"/GoTo", "/URI", "/Named", "/SetOCGState", "/Trans", "/Thread"}
_NAVIGATION = {"/NextPage", "/PrevPage", "/FirstPage", "/LastPage"}
# Annotations that carry files, sound, video or 3D: taken off the page.
_CARRIERS = {"/FileAttachment", "/RichMedia", "/3D", "/Screen", "/Sound", "/Movie"}
# What such annotations carry, taken off them wherever else they are reached from.
_ANNOT_PAYLOAD = ("/FS", "/Sound", "/Movie", "/3DD", "/3DA", "/3DV", "/RichMediaContent", "/RichMediaSettings",
                  "/A", "/AA", "/AF")
# Keys a dictionary must hold for the rule to act on it.
_ACTED_ON = {"/S", "/JS", "/AA", "/OpenAction", "/A", "/JavaScript", "/EmbeddedFiles", "/AlternatePresentations",
             "/Collection", "/NeedsRendering", "/XFA", "/EF", "/AF", "/Annots"}


SCRIPT_OPEN = thing("a script that ran when the file opened", "scripts that ran when the file opened")
SCRIPT_PAGE = thing("a script that ran when a page opened", "scripts that ran when a page opened")
SCRIPT_FIELD = thing("a script in a form field", "scripts in form fields")
SCRIPT_LINK = thing("a script behind a link", "scripts behind links")
SCRIPT_BOOKMARK = thing("a script behind a bookmark", "scripts behind bookmarks")
SCRIPT = thing("a script", "scripts")
AUTO_OPEN = thing("an action that ran by itself when the file opened",
                  "actions that ran by themselves when the file opened")
AUTO_PAGE = thing("an action that ran by itself when a page opened",
                  "actions that ran by themselves when a page opened")
AUTO_OTHER = thing("an action that ran by itself when a link or form field was used",
                   "actions that ran by themselves when a link or form field was used")
LAUNCH = thing("a link that starts a program", "links that start a program")
OTHER_FILE = thing("a link that opens another file", "links that open other files")
IMPORT_DATA = thing("an action that reads in data from another file", "actions that read in data from other files")
SUBMIT = thing("a form button that sends the form's data away", "form buttons that send the form's data away")
RESET = thing("a form button that clears the form", "form buttons that clear the form")
HIDE = thing("an action that hides parts of a page", "actions that hide parts of a page")
PLAY = thing("an action that plays sound, video or 3D", "actions that play sound, video or 3D")
MENU = thing("an action that works the reader's menus", "actions that work the reader's menus")
UNKNOWN = thing("an action of an unknown kind", "actions of unknown kinds")
EMBEDDED = thing("an embedded file", "embedded files")
ATTACHED = thing("a file attached to a page", "files attached to pages")
MEDIA = thing("a sound, video or 3D object", "sound, video or 3D objects")
XFA = thing("an XFA form (a form driven by scripts)", "XFA forms (forms driven by scripts)")
SLIDES = thing("a slide show", "slide shows")

_BY_TYPE = {"/Launch": LAUNCH, "/GoToR": OTHER_FILE, "/GoToE": OTHER_FILE, "/ImportData": IMPORT_DATA,
            "/SubmitForm": SUBMIT, "/ResetForm": RESET, "/Hide": HIDE, "/Rendition": PLAY, "/Sound": PLAY,
            "/Movie": PLAY, "/GoTo3DView": PLAY, "/RichMediaExecute": PLAY}
_SCRIPTS = {"file": SCRIPT_OPEN, "page": SCRIPT_PAGE, "field": SCRIPT_FIELD, "link": SCRIPT_LINK,
            "bookmark": SCRIPT_BOOKMARK}
_AUTO = {"file": AUTO_OPEN, "page": AUTO_PAGE}


# --- reading a document --------------------------------------------------------------------------

def sanitise(pdf: pikepdf.Pdf, *, limit: int | None = None) -> Removed:
    """Remove from ``pdf`` (in place) everything the module's rule takes out; say what it was.
    Raises SanitiseError if the file is too large or tangled to check (more than ``limit``
    objects, by default NODE_LIMIT), or is not clean after."""
    limit = NODE_LIMIT if limit is None else limit
    try:
        removed = _Walk(pdf, limit).run()
        if removed.changed and _Walk(pdf, limit).run().changed:
            raise SanitiseError("something in the file could not be removed")
    except (pikepdf.PikepdfError, TypeError, ValueError, UnicodeError) as exc:
        # what pikepdf raises on malformed objects (a name that is not text, a broken stream):
        # such a file is refused, not passed on half-checked
        raise SanitiseError("it is damaged in a way that cannot be checked") from exc
    return removed


def sanitise_bytes(data: bytes, *, limit: int | None = None) -> tuple[bytes, Removed]:
    """A PDF file's bytes with everything the rule takes out removed, and what that was. A clean
    file comes back unchanged, byte for byte. Raises SanitiseError (as above) or pikepdf's errors
    for a file that cannot be read."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        removed = sanitise(pdf, limit=limit)
        if not removed.changed:
            return data, removed
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue(), removed


class _Walk:
    """One pass over every object reachable from the trailer, removing as it goes."""

    def __init__(self, pdf: pikepdf.Pdf, limit: int):
        self.pdf, self.limit = pdf, limit
        self.removed = Removed()
        self.seen: set[tuple[int, int]] = set()
        self.files: set[tuple[int, int]] = set()  # embedded files counted (indirect ones)
        self.counted: set[tuple[int, int]] = set()  # actions already counted by who held them
        self.root = pdf.Root.objgen if pdf.Root.is_indirect else None
        self.changed = False  # anything at all taken out (some things go without a word: an empty /AF)
        self.visits = 0  # close looks: dictionaries, keys, array items
        self.objects = 0
        self.text = 0

    def _drop(self, d, key: str) -> None:
        if key in d:  # (an earlier step may have taken it)
            del d[key]
            self.changed = True

    def _empty(self, d) -> None:
        for key in list(d.keys()):
            del d[key]
            self.changed = True

    def tick(self, n: int = 1) -> None:
        self.visits += n
        if self.visits > self.limit:
            raise SanitiseError("the file is too tangled to check")

    def run(self) -> Removed:
        """Every object the saved file would hold, from the trailer, each once. An object's text
        (qpdf's, with names spelt out) is read for the references it holds and for the names the
        rule acts on; only objects that hold one are looked at closely."""
        queued: set[tuple[int, int]] = set()
        queue: deque[tuple[int, int]] = deque()
        self._look(self.pdf.trailer, self.pdf.trailer.unparse(resolved=True), queued, queue)
        while queue:
            objgen = queue.popleft()
            self.objects += 1
            if self.objects > self.limit:
                raise SanitiseError(f"the file holds more than {self.limit:,} objects")
            obj = self.pdf.get_object(objgen)
            if isinstance(obj, pikepdf.Stream):
                text = obj.stream_dict.unparse(resolved=True)
            elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Array)):
                text = obj.unparse(resolved=True)
            else:  # a number, a name … or a broken reference (null)
                continue
            self.text += len(text)
            if self.text > TEXT_LIMIT:
                raise SanitiseError("the file's objects hold too much data")
            self._look(obj, text, queued, queue)
        self.removed.changed = self.changed or bool(self.removed.counts)
        return self.removed

    def _look(self, obj, text: bytes, queued: set, queue: deque) -> None:
        if _SUSPECT.search(text) and self._first(obj):
            self._tree(obj)
            text = (obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj).unparse(resolved=True)
        if b" R" not in text:  # (the quick answer for long arrays of numbers)
            return
        for number, generation in _REF.findall(text):
            objgen = (int(number), int(generation))
            if objgen not in queued:
                queued.add(objgen)
                queue.append(objgen)

    def _tree(self, obj) -> None:
        """An object and the dictionaries and arrays written inside it (not those it refers to:
        they are objects of their own, looked at in turn)."""
        stack = [obj]
        while stack:
            item = stack.pop()
            self.tick()
            if isinstance(item, pikepdf.Array):
                self.tick(len(item))
                stack.extend(x for x in item if isinstance(x, _CONTAINERS) and not x.is_indirect)
            elif isinstance(item, (pikepdf.Dictionary, pikepdf.Stream)):
                self._dictionary(item)
                values = [value for _, value in item.items()]  # (items: a key may not be text)
                self.tick(len(values))
                stack.extend(v for v in values if isinstance(v, _CONTAINERS) and not v.is_indirect)

    def _first(self, obj) -> bool:
        if not obj.is_indirect:  # the trailer
            return True
        key = obj.objgen
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    # -- one dictionary

    def _dictionary(self, d) -> None:
        keys = set(d.keys())
        subtype = _name(d.get("/Subtype")) if "/Subtype" in keys else None
        embedded = isinstance(d, pikepdf.Stream) and "/Type" in keys and _name(d.get("/Type")) == "/EmbeddedFile"
        if not (keys & _ACTED_ON or subtype in _CARRIERS or embedded):
            return
        owner = self._owner(d) if keys & {"/AA", "/OpenAction", "/A"} else "other"
        if "/S" in keys and _name(d.get("/S")) and self._is_action(d) and self._loose_action(d):
            return  # emptied
        if "/JS" in keys:  # a script outside any action the walk recognised
            self._drop(d, "/JS")
            self.removed.add(SCRIPT)
        if "/AA" in keys:
            aa = d.get("/AA")
            if isinstance(aa, pikepdf.Dictionary):
                for _, action in list(aa.items()):
                    self._drop_chain(action, owner, automatic=True)
            self._drop(d, "/AA")
        if "/OpenAction" in keys and owner == "file":
            value = d.get("/OpenAction")
            if not self._goes_to_a_page(value):
                self._drop_chain(value, owner, automatic=True)
                self._drop(d, "/OpenAction")
        if "/A" in keys:
            self._click(d, owner)
        if keys & {"/JavaScript", "/EmbeddedFiles", "/AlternatePresentations"}:
            self._names(d)  # the document's name dictionary (or a copy of one, left anywhere)
        for key in keys & {"/Collection", "/NeedsRendering"}:  # a portfolio's view of its files; XFA's flag
            self._drop(d, key)
        if "/XFA" in keys:
            self._drop(d, "/XFA")
            self.removed.add(XFA)
        if "/EF" in keys:
            self._count_file(d)
            self._drop(d, "/EF")
        if "/AF" in keys:
            self._files_in(d.get("/AF"))
            self._drop(d, "/AF")
        if embedded:
            self._count_file(d)
            d.write(b"")
            self.changed = True
            for key in keys & {"/Type", "/Subtype", "/Params"}:
                self._drop(d, key)
        if "/Annots" in keys:
            self._annotations(d)
        if subtype in _CARRIERS:
            self.removed.add(ATTACHED if subtype == "/FileAttachment" else MEDIA)
            for key in keys & set(_ANNOT_PAYLOAD):
                self._drop(d, key)
            d.Subtype = _Name.Text  # what stays of it, if anything else points to it, is an empty note
            self.changed = True

    def _owner(self, d) -> str:
        """Whose actions these would be, for saying what a script did."""
        if self.root is not None and d.is_indirect and d.objgen == self.root:
            return "file"
        kind, subtype = d.get("/Type"), d.get("/Subtype")
        if kind == _Name.Page:
            return "page"
        if subtype == _Name.Widget or "/FT" in d:
            return "field"
        if subtype == _Name.Link or subtype is not None:
            return "link"
        if "/Title" in d and ("/Parent" in d or "/Dest" in d or "/A" in d):
            return "bookmark"
        return "other"

    @staticmethod
    def _is_action(d) -> bool:
        kind = d.get("/Type")
        if kind == _Name.StructElem or ("/P" in d and "/K" in d):
            return False  # a tagged PDF's structure element: its /S is a kind of content ("/P", "/Link")
        return kind == _Name.Action or (kind is None and _name(d.get("/S")) in
                                        (_CLICK_SAFE | set(_BY_TYPE) | {"/JavaScript"}))

    # -- actions

    def _verdict(self, action, owner: str, *, automatic: bool) -> Thing | None:
        """What this action is, in words, if it must go; None if it may stay."""
        if not isinstance(action, pikepdf.Dictionary):
            return None if not automatic else _AUTO.get(owner, AUTO_OTHER)
        if not action.keys():  # emptied already: it does nothing
            return None
        kind = _name(action.get("/S")) or ""
        if kind == "/JavaScript" or "/JS" in action:
            return _SCRIPTS.get(owner, SCRIPT)
        if kind in _BY_TYPE:
            return _BY_TYPE[kind]
        if kind not in _CLICK_SAFE:
            return UNKNOWN
        if kind == "/URI" and not _is_web(action.get("/URI")):
            return NOT_WEB
        if kind == "/Named" and _name(action.get("/N")) not in _NAVIGATION:
            return MENU
        if kind == "/Thread" and "/F" in action:
            return OTHER_FILE
        if automatic:
            return _AUTO.get(owner, AUTO_OTHER)
        return None

    def _chain(self, action) -> list:
        """An action and the ones it runs next (/Next: one or an array), in order, each once."""
        out, stack, seen = [], [action], set()
        while stack:
            a = stack.pop()
            self.tick()
            if not isinstance(a, pikepdf.Dictionary):
                continue
            if a.is_indirect:
                if a.objgen in seen:
                    continue
                seen.add(a.objgen)
            out.append(a)
            nxt = a.get("/Next")
            if isinstance(nxt, pikepdf.Array):
                self.tick(len(nxt))
                stack.extend(reversed(list(nxt)))
            elif nxt is not None:
                stack.append(nxt)
        return out

    def _count_action(self, action, thing: Thing | None) -> None:
        if thing is None:
            return
        if action.is_indirect:
            if action.objgen in self.counted:
                return
            self.counted.add(action.objgen)
        self.removed.add(thing)

    def _drop_chain(self, action, owner: str, *, automatic: bool) -> None:
        """An action (and those after it) is going: count each, and empty the ones that must
        never run, wherever else they are reached from."""
        if not isinstance(action, pikepdf.Dictionary):  # a destination run by itself
            if automatic:
                self.removed.add(_AUTO.get(owner, AUTO_OTHER))
            return
        for a in self._chain(action):
            thing = self._verdict(a, owner, automatic=automatic)
            self._count_action(a, thing)
            if self._verdict(a, owner, automatic=False) is not None and _emptiable(a):
                self._empty(a)

    def _click(self, d, owner: str) -> None:
        """A link's, bookmark's or form button's action: it stays if every step is safe to follow
        on a click; otherwise the unsafe steps go (the first safe one stays, without what follows)."""
        action = d.get("/A")
        if not isinstance(action, pikepdf.Dictionary) or ("/S" not in action and owner == "other"):
            return  # not an action: a tagged PDF's structure attributes, a measure's number formats
        chain = self._chain(action)
        verdicts = [self._verdict(a, owner, automatic=False) for a in chain]
        if not any(verdicts):
            return
        if verdicts[0] is None:
            for a, verdict in zip(chain[1:], verdicts[1:]):
                if verdict is not None:
                    self._count_action(a, verdict)
                    if _emptiable(a):
                        self._empty(a)
            self._drop(action, "/Next")
        else:
            self._drop_chain(action, owner, automatic=False)
            self._drop(d, "/A")

    def _loose_action(self, d) -> bool:
        """An action reached other than through /A, /AA or /OpenAction (a /Next, an array):
        emptied if it must never run (then True)."""
        thing = self._verdict(d, "other", automatic=False)
        if thing is not None:
            self._count_action(d, thing)
            self._empty(d)
        return thing is not None

    def _goes_to_a_page(self, value) -> bool:
        """An opening action that only shows a page of this file."""
        if isinstance(value, pikepdf.Dictionary):
            if value.get("/S") != _Name.GoTo or "/Next" in value:
                return False
            value = value.get("/D")
        if isinstance(value, (pikepdf.Name, pikepdf.String)):
            return True  # a named destination, looked up in this file
        if isinstance(value, pikepdf.Array) and len(value) >= 1:
            page = value[0]
            return isinstance(page, pikepdf.Dictionary) and page.get("/Type") == _Name.Page
        return False

    # -- names, files, annotations

    def _names(self, names) -> None:
        if not isinstance(names, pikepdf.Dictionary):
            return
        if "/JavaScript" in names:
            for value in self._tree_values(names.get("/JavaScript")):
                self._drop_chain(value, "file", automatic=True)
            self._drop(names, "/JavaScript")
        if "/EmbeddedFiles" in names:
            for value in self._tree_values(names.get("/EmbeddedFiles")):
                if isinstance(value, pikepdf.Dictionary):
                    self._count_file(value)
                    self._drop(value, "/EF")
            self._drop(names, "/EmbeddedFiles")
        if "/AlternatePresentations" in names:
            self.removed.add(SLIDES)
            self._drop(names, "/AlternatePresentations")

    def _tree_values(self, tree) -> list:
        """The values of a name tree (its leaves), each node visited once."""
        out, stack, seen = [], [tree], set()
        while stack:
            node = stack.pop()
            self.tick()
            if not isinstance(node, pikepdf.Dictionary):
                continue
            if node.is_indirect:
                if node.objgen in seen:
                    continue
                seen.add(node.objgen)
            pairs = node.get("/Names")
            if isinstance(pairs, pikepdf.Array):
                self.tick(len(pairs))
                out += [pairs[i] for i in range(1, len(pairs), 2)]
            kids = node.get("/Kids")
            if isinstance(kids, pikepdf.Array):
                self.tick(len(kids))
                stack.extend(kids)
        return out

    def _files_in(self, value) -> None:
        files = value if isinstance(value, pikepdf.Array) else [value]
        for spec in files:
            self.tick()
            if isinstance(spec, pikepdf.Dictionary) and "/EF" in spec:
                self._count_file(spec)
                self._drop(spec, "/EF")

    def _count_file(self, spec) -> None:
        if spec.is_indirect:
            if spec.objgen in self.files:
                return
            self.files.add(spec.objgen)
        self.removed.add(EMBEDDED)

    def _annotations(self, page) -> None:
        annots = page.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            return
        self.tick(len(annots))
        keep = []
        for a in annots:
            subtype = _name(a.get("/Subtype")) if isinstance(a, pikepdf.Dictionary) else None
            if subtype in _CARRIERS:
                self._dictionary_once(a)  # counted and emptied there, once
            else:
                keep.append(a)
        if len(keep) != len(annots):
            page.Annots = pikepdf.Array(keep)
            self.changed = True

    def _dictionary_once(self, d) -> None:
        if d.is_indirect and not self._first(d):
            return
        self._tree(d)


def _emptiable(d) -> bool:
    """An action that must never run is emptied wherever else it is reached from; anything else a
    hostile file names as an action (a page, its page tree) only loses the key that named it."""
    kind = d.get("/Type")
    return kind is None or kind == _Name.Action


def _name(value) -> str | None:
    """A name as text; None for anything else, and for a name that is not text (such as a font
    name in Shift-JIS), which is none of those the rule acts on."""
    if not isinstance(value, pikepdf.Name):
        return None
    try:
        return str(value)
    except UnicodeDecodeError:
        return None




def _is_web(uri) -> bool:
    if not isinstance(uri, pikepdf.String):
        return False
    try:
        text = str(uri)
    except UnicodeDecodeError:
        return False
    return is_web_address(text)
