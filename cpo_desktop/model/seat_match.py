"""Proposing a board seat for each person on a board list, as a council officer's export really is:
job titles, free-text categories and organisations, but no exact seat titles. Pure: no I/O.

Each (row, seat) pair gets a score from 0 to 1 and a short reason:

- the words of the row (job title, role on the board, a seat named loosely, organisation) against
  the words of the seat (its title and organisation), once normalised: case, accents, punctuation,
  "&"/"and", plurals, and the short forms a council writes (CAMHS, DWP, NHS, Supt., Cllr, "children
  in care" for "cared for children"; an organisation's own "(SASH)" and initials, "OVH"). Each word
  counts by how rare it is among the seats (IDF), so "Sefton" and "Council" count little and
  "nurse" a lot; recall (how much of the seat is found) counts more than precision;
- category agreement, the free text ("Cllr", "Health", "Young person") read as a SeatCategory;
- organisation agreement.

Hard rules, whatever the words say: a councillor only to an elected member's seat and an elected
member's seat only to a councillor; a young person only to a young person's seat and such a seat
only to a young person; "Chair" ("Vice Chair") in the role on the board proposes the Chair's (Vice
Chair's) seat and no other. Numbered seats ("Elected Member
(2)") and rotation groups are filled in order, by category alone if need be. A seat held on the
row's start date (or later) by someone else is never proposed; the holder's own row gets it.

The assignment takes the best scores first: never two rows to one seat. Below ``THRESHOLD`` a row
gets no seat, with the reason; the officer decides.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

from cpo_desktop.model.enums import SeatCategory

THRESHOLD = 0.45  # below this the officer decides
GENERIC_FLOOR = 0.6  # a numbered seat of the row's own category, on category alone
MAX_MATCH_CHARS = 1000  # a row's words beyond this are stored, not matched (a 5,000-character "title")


@dataclass(frozen=True)
class Holding:
    """Someone's membership of a seat."""

    person_id: int
    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class SeatFacts:
    id: int
    title: str
    category: str  # a SeatCategory value
    organisation: str = ""
    is_chair: bool = False
    is_vice_chair: bool = False
    rotation_group: str = ""
    sort_order: int = 0
    holders: tuple[Holding, ...] = ()


@dataclass(frozen=True)
class RowFacts:
    """What a row of the file says about the person's place on the board."""

    line: int
    start: dt.date
    job_title: str = ""
    category: str = ""  # free text: "Cllr", "Health", "Care experienced"…
    organisation: str = ""
    role: str = ""  # the "Role on Board" column: "Chair", "Member", "Adviser"…
    seat: str = ""  # a seat named in the file, loosely
    honorific: str = ""  # "Cllr", "Dr"…
    person_id: int | None = None  # someone already in the register


@dataclass(frozen=True)
class Proposal:
    line: int
    seat_id: int | None
    score: float
    reason: str


# --- words -----------------------------------------------------------------------------------------

_STOP = {"and", "of", "for", "the", "a", "an", "in", "at", "to", "on", "with", "by", "from", "s"}
# One word for another (a short form, a spelling); may give several words.
_WORDS = {
    "cllr": ("elected", "member"), "councillor": ("elected", "member"), "councilor": ("elected", "member"),
    "supt": ("superintendent",), "insp": ("inspector",), "det": ("detective",),
    "dept": ("department",), "mgr": ("manager",), "snr": ("senior",), "dir": ("director",),
    "exec": ("executive",), "ceo": ("chief", "executive"), "adviser": ("advisor",), "advisers": ("advisor",),
    "headteacher": ("head", "teacher"), "headteachers": ("head", "teacher"), "headmaster": ("head", "teacher"),
    "cla": ("cic",), "lac": ("cic",), "yp": ("young", "person"),
    "ceyp": ("care", "experienced", "young", "person"), "people": ("person",), "ad": ("assistant", "director"),
    "hos": ("head", "service"), "ft": ("foundation", "trust"), "rep": ("representative",),
    "reps": ("representative",), "mbc": ("council",), "smbc": ("sefton", "council"),
    "organization": ("organisation",), "programme": ("program",), "centre": ("center",), "vcf": ("cvs",),
    "vcfse": ("cvs",),
}
# Short forms that look like plurals: never stemmed.
_KEEP = {"camhs", "dass", "sash", "saph", "nhs", "dwp", "cvs", "nyas", "aims", "his", "hers", "status",
         "ops", "ss"}
# Phrases (as normalised words, stop words out) and what they stand for; the phrase's words stay.
_PHRASES = (
    (("children", "care"), ("cic",)), (("cared", "children"), ("cic",)), (("looked", "after", "children"), ("cic",)),
    (("cared",), ("cic",)),
    (("child", "adolescent", "mental", "health", "service"), ("camhs",)),
    (("children", "adolescent", "mental", "health", "service"), ("camhs",)),
    (("department", "work", "pension"), ("dwp",)), (("jobcentre",), ("dwp",)), (("job", "centre"), ("dwp",)),
    (("national", "health", "service"), ("nhs",)),
    (("council", "voluntary", "service"), ("cvs",)), (("community", "voluntary", "service"), ("cvs",)),
    (("director", "adult", "social", "service"), ("dass",)),
    (("cabinet", "member"), ("lead", "member")), (("portfolio", "holder"), ("lead", "member")),
    (("making", "difference"), ("mad",)),
    (("care", "leaver"), ("care", "experienced")),
    (("chief", "superintendent"), ("superintendent",)),
)
_SPELT_OUT = {"mad", "dwp"}  # short forms that stand for one phrase alone, spelt out both ways
_LABELS = {"cic": "children in care", "camhs": "CAMHS", "dwp": "DWP", "nhs": "NHS", "cvs": "CVS", "dass": "DASS",
           "sash": "SASH", "saph": "SAPH", "mad": "MAD"}
_ROLE_ONLY = {"chair", "vice", "chairman", "chairperson", "chairwoman", "member", "board", "co", "opted", "deputy"}
_OFFICER_WORDS = {"manager", "officer", "director", "head", "lead", "worker", "coordinator", "advisor", "nurse",
                  "doctor", "team", "service", "assistant", "executive", "consultant", "practitioner"}
_YOUNG_WORDS = ({"young", "person"}, {"care", "experienced"}, {"mad"}, {"youth"})


def _plain(text: str) -> str:
    text = text[:MAX_MATCH_CHARS].casefold()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"['’]s\b", "", text.replace("&", " and "))


def _stem(word: str) -> str:
    if word in _KEEP or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """``text`` as normalised words in order: short forms spelt out, plurals singular, stop words out."""
    out: list[str] = []
    for raw in re.findall(r"[a-z0-9]+", _plain(text or "")):
        for w in _WORDS.get(raw, (raw,)):
            w = _stem(w)
            if w not in _STOP and not w.isdigit():
                out.append(w)
    return out


_REPLACED = ((" metropolitan borough council ", " council "), (" borough council ", " council "))


def _with_phrases(seq: list[str], aliases: tuple[tuple[tuple[str, ...], str], ...] = ()) -> set[str]:
    """The words of ``seq`` and what its phrases (and the seats' own short forms) stand for."""
    joined = " " + " ".join(seq) + " "
    for long, short in _REPLACED:  # another name for the same thing, not more words
        joined = joined.replace(long, short)
    found = set(joined.split())
    for phrase, means in _PHRASES:
        if " " + " ".join(phrase) + " " in joined:
            found.update(means)
        elif len(means) == 1 and means[0] in _SPELT_OUT and means[0] in found:
            found.update(phrase)  # "MAD" says "Making A Difference" as much as the other way round
    for long, short in aliases:
        if short in found:
            found.update(long)
        elif set(long) <= found:
            found.add(short)
    return found


def _aliases(seats: list[SeatFacts]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The short forms the seats' organisations give themselves: "… Heads (SASH)", and the initials of
    a name of three to five words ("One Vision Housing": OVH)."""
    found: dict[str, tuple[str, ...]] = {}
    for text in sorted({s.organisation for s in seats if s.organisation}):
        for long, short in re.findall(r"([^(),–-]+)\(([A-Za-z]{2,8})\)", text):
            key = _plain(short).strip()
            long_words = tuple(words(long))
            if long_words and sum(ch.isupper() for ch in short) >= 2:
                found.setdefault(key, long_words)
        name = re.sub(r"\(.*?\)", "", text)
        initials = [w for w in re.findall(r"[a-z]+", _plain(name)) if w not in _STOP]
        if 3 <= len(initials) <= 5:
            key = "".join(w[0] for w in initials)
            found.setdefault(key, tuple(words(name)))
    return tuple((long, short) for short, long in found.items() if short not in _STOP and len(short) >= 2)


# --- categories ------------------------------------------------------------------------------------

_CATEGORY_WORDS: tuple[tuple[str, SeatCategory], ...] = (
    ("care experienced", SeatCategory.YOUNG_PERSON), ("care leaver", SeatCategory.YOUNG_PERSON),
    ("young person", SeatCategory.YOUNG_PERSON), ("young people", SeatCategory.YOUNG_PERSON),
    ("ceyp", SeatCategory.YOUNG_PERSON), ("youth", SeatCategory.YOUNG_PERSON), ("yp", SeatCategory.YOUNG_PERSON),
    ("mad", SeatCategory.YOUNG_PERSON), ("making a difference", SeatCategory.YOUNG_PERSON),
    ("elected", SeatCategory.ELECTED_MEMBER), ("councillor", SeatCategory.ELECTED_MEMBER),
    ("cllr", SeatCategory.ELECTED_MEMBER), ("cabinet member", SeatCategory.ELECTED_MEMBER),
    ("lead member", SeatCategory.ELECTED_MEMBER), ("politician", SeatCategory.ELECTED_MEMBER),
    ("foster", SeatCategory.FOSTER_CARER), ("carer", SeatCategory.FOSTER_CARER),
    ("health", SeatCategory.HEALTH), ("nhs", SeatCategory.HEALTH), ("clinical", SeatCategory.HEALTH),
    ("medical", SeatCategory.HEALTH), ("camhs", SeatCategory.HEALTH), ("icb", SeatCategory.HEALTH),
    ("police", SeatCategory.POLICE), ("policing", SeatCategory.POLICE),
    ("education", SeatCategory.EDUCATION), ("school", SeatCategory.EDUCATION),
    ("head teacher", SeatCategory.EDUCATION), ("headteacher", SeatCategory.EDUCATION),
    ("voluntary", SeatCategory.VOLUNTARY_SECTOR), ("third sector", SeatCategory.VOLUNTARY_SECTOR),
    ("charity", SeatCategory.VOLUNTARY_SECTOR), ("cvs", SeatCategory.VOLUNTARY_SECTOR),
    ("community", SeatCategory.VOLUNTARY_SECTOR),
    ("advisor", SeatCategory.ADVISOR), ("adviser", SeatCategory.ADVISOR), ("advisory", SeatCategory.ADVISOR),
    ("officer", SeatCategory.COUNCIL_OFFICER), ("local authority", SeatCategory.COUNCIL_OFFICER),
    ("council staff", SeatCategory.COUNCIL_OFFICER), ("council", SeatCategory.COUNCIL_OFFICER),
    ("partner", SeatCategory.PARTNER_AGENCY), ("agency", SeatCategory.PARTNER_AGENCY),
    ("external", SeatCategory.PARTNER_AGENCY),
)
_BROAD = {  # categories that are near each other: a council's "Partner" may be the board's "Health"
    SeatCategory.PARTNER_AGENCY: "partner", SeatCategory.HEALTH: "partner", SeatCategory.POLICE: "partner",
    SeatCategory.VOLUNTARY_SECTOR: "partner", SeatCategory.FOSTER_CARER: "partner",
    SeatCategory.EDUCATION: "education", SeatCategory.COUNCIL_OFFICER: "officer", SeatCategory.ADVISOR: "officer",
}


def _spaced(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", _plain(text)))


_EXACT = {name: c for c in SeatCategory for name in (c.value.replace("_", " "), _spaced(c.label))}


def category_of(text: str) -> SeatCategory | None:
    """A free-text category ("Cllr", "Health", "Care experienced", "Elected member") as the board's
    category, or None if it says none (a plain "Member")."""
    plain = _spaced(text or "")
    if not plain:
        return None
    if plain in _EXACT:
        return _EXACT[plain]
    plain = f" {plain} "
    for key, c in _CATEGORY_WORDS:
        if f" {key} " in plain or (len(key) > 4 and f" {key}s " in plain):
            return c
    return None


def _agreement(row: SeatCategory | None, seat: str) -> float:
    if row is None:
        return 0.0
    if row == seat:
        return 1.0
    a, b = _BROAD.get(row), _BROAD.get(SeatCategory(seat))
    if a and b and (a == b or "education" in (a, b)):
        return 0.5
    return -1.0


# --- the pieces of a row ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Row:
    facts: RowFacts
    tokens: frozenset[str]
    own: frozenset[str]  # the words of the job title, role and seat named (not the organisation)
    org: frozenset[str]
    category: SeatCategory | None
    councillor: bool
    young: bool
    chair: bool
    vice_chair: bool
    said_category: frozenset[str]  # the category's own words: "Care experienced" is nearer one seat than another


def _role_kind(text: str) -> str:
    """"vice" for a vice chair, "chair" for the chair, "" otherwise."""
    plain = " ".join(re.findall(r"[a-z]+", _plain(text or "")))
    if re.search(r"\b(vice|deputy)[ -]?chair", plain):
        return "vice"
    if re.fullmatch(r"(co )?chair(man|person|woman)?( of (the )?(corporate parenting )?board)?", plain.strip()):
        return "chair"
    return ""


def _row(facts: RowFacts, aliases) -> _Row:
    role_words = [w for w in words(facts.role) if w not in _ROLE_ONLY]
    seq = words(facts.job_title) + role_words + words(facts.seat)
    org_seq = words(facts.organisation)
    own = frozenset(_with_phrases(seq, aliases))
    tokens = own | _with_phrases(org_seq, aliases)
    category = category_of(facts.category) or category_of(facts.role)
    said = " ".join(re.findall(r"[a-z]+", _plain(" ".join((facts.honorific, facts.job_title, facts.role, facts.seat)))))
    councillor = category == SeatCategory.ELECTED_MEMBER or bool(
        re.search(r"\b(cllr|councillor|councilor|elected member|cabinet member|lead member)\b", said))
    job = words(facts.job_title) + role_words
    young_said = any(ws <= _with_phrases(job) for ws in _YOUNG_WORDS) and not set(job) & _OFFICER_WORDS
    young = category == SeatCategory.YOUNG_PERSON or (category is None and young_said and not councillor)
    if category is None and councillor:
        category = SeatCategory.ELECTED_MEMBER
    if category is None and young:
        category = SeatCategory.YOUNG_PERSON
    kinds = {_role_kind(facts.role), _role_kind(facts.seat)}
    # "Chair" in a job title only when it is the whole of a part: "… | Chair", not "Chair of Governors"
    kinds |= {_role_kind(part) for part in re.split(r"[|,;/–—]| - ", facts.job_title or "")}
    return _Row(facts, tokens, own, frozenset(_with_phrases(org_seq, aliases)), category, councillor, young,
                "chair" in kinds and "vice" not in kinds, "vice" in kinds,
                frozenset(_with_phrases(words(facts.category), aliases)))


@dataclass(frozen=True)
class _Seat:
    facts: SeatFacts
    tokens: frozenset[str]
    org: frozenset[str]
    generic: bool
    group: str  # the seats filled in order: the title without its number, or the rotation group


_NUMBERED = re.compile(r"^(.*?)\s*\(?\b(\d{1,2})\)?\s*$")


def _seat(facts: SeatFacts, aliases) -> _Seat:
    title_words = [w for w in words(facts.title) if not (facts.is_chair or facts.is_vice_chair)
                   or w not in ("chair", "vice", "chairman")]
    org = frozenset(_with_phrases(words(facts.organisation), aliases))
    numbered = _NUMBERED.match(facts.title)
    generic = bool(numbered or facts.rotation_group)
    group = facts.rotation_group or (numbered.group(1) if numbered else facts.title)
    return _Seat(facts, frozenset(_with_phrases(title_words, aliases)) | org, org, generic, group)


def _held_by_other(seat: SeatFacts, row: RowFacts) -> Holding | None:
    """Whoever else holds ``seat`` on the row's start date or after it."""
    for h in seat.holders:
        if h.person_id != row.person_id and (h.end is None or h.end >= row.start):
            return h
    return None


def _holds(seat: SeatFacts, row: RowFacts) -> bool:
    return row.person_id is not None and any(h.person_id == row.person_id and (h.end is None or h.end >= row.start)
                                             for h in seat.holders)


# --- scores ----------------------------------------------------------------------------------------

class _Weights:
    """How much a word says: its inverse document frequency among the seats."""

    def __init__(self, seats: list[_Seat]) -> None:
        n = max(len(seats), 1)
        df: dict[str, int] = {}
        for s in seats:
            for t in s.tokens:
                df[t] = df.get(t, 0) + 1
        self.w = {t: math.log(1 + n / d) for t, d in df.items()}
        self.unknown = 1.0  # a word no seat has: a little against, not much
        self.totals: dict[frozenset[str], float] = {}
        self.scores: dict[tuple, tuple[float, str]] = {}  # rows that say the same score the same

    def __call__(self, tokens) -> float:
        return sum(self.w.get(t, self.unknown) for t in tokens)

    def total(self, tokens: frozenset[str]) -> float:
        """The weight of a row's or a seat's words, once."""
        found = self.totals.get(tokens)
        if found is None:
            found = self.totals[tokens] = self(tokens)
        return found


def _similarity(a: frozenset[str], b: frozenset[str], weigh: _Weights, *, beta: float = 2.0) -> float:
    """How far ``a`` (the row) says ``b`` (the seat): an F-score, recall counting ``beta`` times."""
    if not a or not b:
        return 0.0
    shared = weigh(a & b)
    if not shared:
        return 0.0
    precision, recall = shared / weigh.total(a), shared / weigh.total(b)
    return (1 + beta * beta) * precision * recall / (beta * beta * precision + recall)


def _label(category: SeatCategory) -> str:
    return category.label.lower()


def _shown(shared: set[str] | frozenset[str], weigh: _Weights) -> list[str]:
    """The three words that say most, a short form's spelt-out words left out ("children in care",
    not "cared" too)."""
    spelt = {w for phrase, means in _PHRASES if set(means) & shared for w in phrase if w not in means}
    shown = sorted(shared - spelt, key=lambda t: (-weigh.w.get(t, 0), t))[:3]
    return [_LABELS.get(t, t) for t in shown]


def _score(row: _Row, seat: _Seat, weigh: _Weights) -> tuple[float, str] | None:
    """The pair's score and reason, or None when a hard rule says never."""
    s, f = seat.facts, row.facts
    elected, young = s.category == SeatCategory.ELECTED_MEMBER, s.category == SeatCategory.YOUNG_PERSON
    if elected != row.councillor or young != row.young:
        return None
    if (row.chair and not s.is_chair) or (row.vice_chair and not s.is_vice_chair):
        return None  # the file says Chair (Vice Chair): that seat or none
    if _holds(s, f):
        return 1.0, "already holds this seat"
    if f.seat and " ".join(f.seat.split()).casefold() == s.title.casefold():
        return 1.0, "the file names this seat"
    if s.is_chair and row.chair:
        return 0.95, "role on the board: Chair"
    if s.is_vice_chair and row.vice_chair:
        return 0.95, "role on the board: Vice Chair"
    key = (row.tokens, row.own, row.org, row.category, row.said_category, s.id)
    found = weigh.scores.get(key)
    if found is None:
        found = weigh.scores[key] = _word_score(row, seat, weigh)
    return found


def _word_score(row: _Row, seat: _Seat, weigh: _Weights) -> tuple[float, str]:
    """The score of the words, category and organisation; the reason only for a score that counts."""
    text = _similarity(row.tokens, seat.tokens, weigh)
    agree = _agreement(row.category, seat.facts.category)
    org = _similarity(row.org, seat.org, weigh, beta=1.0) if row.org and seat.org else 0.0
    score = 0.7 * text + 0.15 * agree + 0.15 * org
    if seat.generic and agree == 1 and score < GENERIC_FLOOR and row.category is not None:
        # the words still count between two kinds of numbered seat ("Care experienced": not a MAD seat)
        near = max(text, _similarity(row.said_category, seat.tokens, weigh))
        return GENERIC_FLOOR + 0.1 * near, f"category {_label(row.category)} → first vacant {seat.group} seat"
    if score < THRESHOLD:
        return score, ""
    shared = (row.own & (seat.tokens - seat.org)) or (row.own & seat.tokens)
    if shared:
        reason = "job title matches seat title (" + ", ".join(_shown(shared, weigh)) + ")"
    elif org >= 0.5:
        reason = "organisation matches"
    else:
        reason = "few words in common"
    extras = []
    if org >= 0.5 and shared:
        extras.append("organisation agrees")
    if agree == 1 and row.category is not None:
        extras.append(f"category {_label(row.category)} agrees")
    elif agree < 0 and row.category is not None:
        extras.append(f"but the category says {_label(row.category)}")
    return min(score, 0.94), "; ".join([reason, *extras])


_FIXED = ("already holds this seat", "the file names this seat")


def _in_file_order(chosen: dict[int, Proposal], taken: dict[int, int], board: list[_Seat],
                   rows: list[RowFacts]) -> None:
    """Numbered seats of one kind go to their rows in file order: the first councillor in the file
    gets Elected Member (1), whichever scored higher (unless someone's own seat or a holder is in the way)."""
    groups: dict[str, list[int]] = {}
    for n in sorted(taken):
        if board[n].generic and chosen[taken[n]].reason not in _FIXED:
            groups.setdefault(board[n].group, []).append(n)
    for seats in groups.values():
        people = sorted(taken[n] for n in seats)
        if any(_held_by_other(board[n].facts, rows[i]) for n, i in zip(seats, people, strict=True)):
            continue
        was = {i: chosen[i] for i in people}
        for n, i in zip(seats, people, strict=True):
            taken[n] = i
            chosen[i] = Proposal(was[i].line, board[n].facts.id, was[i].score, was[i].reason)
    for n, i in taken.items():
        if chosen[i].reason.startswith("category ") and any(
                t < n and board[t].group == board[n].group for t in taken):
            p = chosen[i]
            chosen[i] = Proposal(p.line, p.seat_id, p.score, p.reason.replace("first vacant", "next vacant"))


def propose(rows: list[RowFacts], seats: list[SeatFacts]) -> list[Proposal]:
    """One proposal per row, in the rows' order: a seat (or None) with its score and reason."""
    aliases = _aliases(seats)
    board = [_seat(s, aliases) for s in sorted(seats, key=lambda s: (s.sort_order, s.id))]
    weigh = _Weights(board)
    order = {s.facts.id: n for n, s in enumerate(board)}
    pairs: list[tuple[float, int, int, str]] = []  # (score, row index, seat order, reason)
    best_blocked: dict[int, tuple[float, str]] = {}  # row -> its best seat held by someone else
    closest: dict[int, tuple[float, int]] = {}  # row -> (score, seat order) of its best pair below the threshold
    known: dict[tuple, _Row] = {}  # rows that say the same, read once (a file of 10,000 rows repeats itself)

    def read(r: RowFacts) -> _Row:
        key = (r.job_title, r.category, r.organisation, r.role, r.seat, r.honorific)
        if key not in known:
            known[key] = _row(r, aliases)
        return _Row(r, *(getattr(known[key], f) for f in ("tokens", "own", "org", "category", "councillor",
                                                          "young", "chair", "vice_chair", "said_category")))

    prepared = [read(r) for r in rows]
    for i, row in enumerate(prepared):
        for seat in board:
            scored = _score(row, seat, weigh)
            if scored is None:
                continue
            score, reason = scored
            holder = _held_by_other(seat.facts, row.facts)
            if holder is not None:
                if score >= THRESHOLD and score > best_blocked.get(i, (0.0, ""))[0]:
                    best_blocked[i] = (score, f"held by {holder.name}: the closest seat, {seat.facts.title}")
                continue
            if score >= THRESHOLD:
                pairs.append((score, i, order[seat.facts.id], reason))
            elif score > closest.get(i, (0.0, -1))[0]:
                closest[i] = (score, order[seat.facts.id])
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    chosen: dict[int, Proposal] = {}
    taken: dict[int, int] = {}  # seat order -> row index
    lost: dict[int, str] = {}  # row -> why its best seat went elsewhere
    for score, i, n, reason in pairs:
        if i in chosen:
            continue
        if n in taken:
            lost.setdefault(i, f"its best match went to row {rows[taken[n]].line}: {board[n].facts.title}")
            continue
        taken[n] = i
        chosen[i] = Proposal(rows[i].line, board[n].facts.id, round(score, 2), reason)
    _in_file_order(chosen, taken, board, rows)
    proposals = []
    for i, r in enumerate(rows):
        if i in chosen:
            proposals.append(chosen[i])
            continue
        if i in best_blocked and (i not in lost):
            why = best_blocked[i][1]
        elif i in lost:
            why = lost[i]
        elif i in closest:
            score, n = closest[i]
            why = f"no seat matches well enough (closest: {board[n].facts.title}, {score:.0%})"
        elif not prepared[i].tokens and prepared[i].category is None:
            why = "nothing in the row to match on (no job title, role, category or organisation)"
        else:
            kind = (" young person's" if prepared[i].young else " elected member's" if prepared[i].councillor
                    else "")
            why = f"no{kind} seat matches well enough"
        proposals.append(Proposal(r.line, None, 0.0, "no seat: " + why))
    return proposals
