"""A preposition coordinated with a clause's own ("worked at X and at Y", "signed agreements with A and with B")
is the clause's too (frames._frame, Frame.withs). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, bodies", [
    ("Before that, Lena Varga worked at the Technical University of Munich and at Politecnico di Torino.",
     "Lena Varga", {"Technical University of Munich", "Politecnico di Torino"}),
    ("Tomas Lind previously worked at the Orla Institute and at Kestrel Dynamics.", "Tomas Lind",
     {"Orla Institute", "Kestrel Dynamics"}),
])
def test_worked_at_both(read, text, person, bodies):
    t = triples(read(text))
    assert {o for s, p, o in t if s == person and p == "memberOf"} == bodies, sorted(t)


def test_signed_with_both(read):
    t = triples(read("The Vela Space Agency signed agreements with JAXA and with CNES on 3 May."))
    assert {o for s, p, o in t if p == "signatory"} >= {"Vela Space Agency", "JAXA", "CNES"}, sorted(t)


def test_a_preposition_of_a_noun_stays_the_nouns(read):
    t = triples(read("Lena Varga worked at the Orla Institute and the data from Kestrel Dynamics was used."))
    assert ("Lena Varga", "memberOf", "Kestrel Dynamics") not in t, sorted(t)
