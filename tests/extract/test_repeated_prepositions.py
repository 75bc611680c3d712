"""A preposition said again in a coordination ("representatives of NASA and of the European Commission") is read
as one phrase with two names (extract/repeated_preps.py); a means that is no name keeps its own phrase ("funded
by ESA and by a grant from X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, names", [
    ("The ceremony was attended by representatives of NASA and of the European Commission.", "ceremony",
     ("NASA", "European Commission")),
    ("The workshop brought together experts from JAXA and from the University of Tokyo.", "workshop",
     ("JAXA", "University of Tokyo")),
])
def test_both_names_take_part(read, text, event, names):
    got = triples(read(text))
    for n in names:
        assert any(s.startswith(event) and p == "participant" and o == n for s, p, o in got), got


def test_both_names_sign(read):
    got = triples(read("In May, ESA signed agreements with Japan and with India."))
    assert {o for s, p, o in got if p == "signatory"} >= {"ESA", "Japan", "India"}, got
    assert not any(p == "partnerOf" and {s, o} == {"Japan", "India"} for s, p, o in got), got


def test_a_means_keeps_its_phrase(read):
    got = triples(read("The Kestrel mission is funded by ESA and by a grant from the Ministry of Industry."))
    assert ("Ministry of Industry", "contributesTo", "Kestrel") in got, got
