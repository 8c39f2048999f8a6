"""Text fingerprints: a copy is recognised through re-saving, re-encoding, reflowing and cutting,
and two different reports that share the council's template are not taken for copies."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cpo_desktop.model import fingerprint as fp

VOCAB = ("placement stability plan review child carer social worker school health assessment return interview "
         "missing episode exploitation panel audit escalation protocol independent visitor advocacy referral "
         "pathway transition housing education training employment apprenticeship therapy contact family court "
         "order residential provider fostering adoption leaving care personal adviser").split()


def report(seed: int, words: int = 600) -> str:
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(VOCAB) for _ in range(rng.randint(8, 18))).capitalize() + ".")
    return " ".join(sentences)


def reflow(text: str, width: int) -> str:
    """The same words broken into other lines, some with a hyphen (as another PDF maker would)."""
    out, line = [], ""
    for word in text.split():
        if len(line) + len(word) > width and len(word) > 6:
            out.append(line + " " + word[:3] + "-")
            line = word[3:]
        elif len(line) + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(out + [line])


def test_a_resaved_reencoded_copy_is_the_same_document():
    original = report(1)
    copies = [
        reflow(original, 50), reflow(original, 83).upper(),
        unicodedata.normalize("NFD", original.replace("fi", "\ufb01")),  # ligatures and decomposed accents
        original.replace(" ", "  ").replace(".", " ."),
    ]
    prints = fp.fingerprint(original)
    for copy in copies:
        r = fp.resemblance(fp.fingerprint(copy), prints)
        assert r.is_copy and r.percent >= 90, r


def test_some_pages_of_it_or_it_inside_another_report_are_copies_too():
    original = report(2, 2000)
    words = original.split()
    page = " ".join(words[700:1050])
    bigger = report(3, 3000) + " " + original + " " + report(4, 3000)
    assert fp.resemblance(fp.fingerprint(page), fp.fingerprint(original)).is_copy
    assert fp.resemblance(fp.fingerprint(bigger), fp.fingerprint(original)).is_copy


def test_two_reports_on_the_same_template_are_not_copies():
    header = ("Report to: Corporate Parenting Board. Date of meeting: Wednesday 9 December 2026. Wards affected: "
              "All wards. Is this a key decision? No. Exempt or confidential report: No. Summary. The board is asked "
              "to note the report and comment on the progress described.")
    a, b = header + " " + report(5), header + " " + report(6)
    assert not fp.resemblance(fp.fingerprint(a), fp.fingerprint(b)).is_copy


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), start=st.integers(0, 300), length=st.integers(120, 400),
       width=st.integers(30, 120))
def test_property_any_cut_and_reflow_of_a_report_is_recognised(seed, start, length, width):
    original = report(seed, 800)
    words = original.split()
    part = reflow(" ".join(words[start:start + length]), width)
    assert fp.resemblance(fp.fingerprint(part), fp.fingerprint(original)).is_copy
    # the control: an unrelated report of the same length is not
    assert not fp.resemblance(fp.fingerprint(report(seed + 1, length)), fp.fingerprint(original)).is_copy


def test_packing_round_trips_and_short_texts_have_no_print():
    prints = fp.fingerprint(report(7))
    assert fp.unpack(fp.pack(prints)) == prints
    assert fp.fingerprint("too short to print") == frozenset()
