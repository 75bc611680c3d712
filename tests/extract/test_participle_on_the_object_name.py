""""Aurelis-2 replaces Aurelis-1, launched in 2015": a past participle set off by a comma right after an object's
name describes that name, though the parser hung it on the clause's verb (reduced_relatives.stranded_participles):
the launch is the object's, not the subject's. A participle after the subject, or one with its own subject, is
read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, launched, other", [
    ("Aurelis-2 replaces Aurelis-1, launched in 2015.", "Aurelis-1", "Aurelis-2"),
    ("Aurelis-2 joins Aurelis-1, launched in 2021, in the Aurelis constellation.", "Aurelis-1", "Aurelis-2"),
])
def test_the_object_named_before_the_participle_was_launched(read, text, launched, other):
    got = triples(read(text))
    assert any(p == "participant" and o == launched for s, p, o in got), sorted(got)
    assert not any(p == "participant" and o == other for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text, launched", [
    ("Aurelis-2, launched in 2026, joins Aurelis-1 in orbit.", "Aurelis-2"),
    ("Aurelis-2 was launched on 8 March 2026 from Kourou, French Guiana.", "Aurelis-2"),
])
def test_the_subjects_launch_stays_its_own(read, text, launched):
    got = triples(read(text))
    assert any(p == "participant" and o == launched for s, p, o in got), sorted(got)


def test_a_witness_participle_after_a_place_stays_the_clauses(read):
    got = triples(read("The accord was signed at a ceremony in Vilnius, attended by CNES President Paul Morel."))
    assert any(p == "participant" and o == "Paul Morel" for s, p, o in got), sorted(got)
