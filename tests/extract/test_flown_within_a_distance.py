""""Solstra flew within 950 kilometres of the nucleus of comet Harrowgate on 6 October 2031": a craft flying (or
passing) within a distance of a body passes it, no launch (lexicon PASSING_WORDS gains "within"; the distance's
"of" phrase names the body, through a part of it: BODY_PART_NOUNS gains nucleus, coma). The craft targets the body
and, dated, takes part in the flyby (rules/flybys.py frame:pass-by). A craft flying on a rocket is still launched.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _classes(x):
    return {c for e in x.entities.values() for c in e.classes}


@pytest.mark.parametrize("text, craft, body", [
    ("The Solstra spacecraft, a joint mission of ESA and JAXA, flew within 950 kilometres of the nucleus of comet "
     "Harrowgate on 6 October 2031.", "Solstra", "Harrowgate"),
    ("ESA launched the Solstra probe in 2027. Solstra flew within 300 km of the asteroid Tenri on 4 May 2030.",
     "Solstra", "Tenri"),
    ("ESA launched the Solstra probe in 2027. Solstra passed within 2,000 kilometres of Jupiter's moon Callisto on "
     "4 May 2034.", "Solstra", "Callisto"),
])
def test_flying_within_a_distance_of_a_body_is_a_flyby(read, text, craft, body):
    x = read(text)
    got = triples(x)
    assert (craft, "target", body) in got, got
    assert any(p == "participant" and o == craft and s.split(" (")[0] in ("fly", "pass") for s, p, o in got), got
    assert not any("2030-05-04" in e.label or "2031-10-06" in e.label or "2034-05-04" in e.label
                   for e in x.entities.values() if "Launch" in e.classes), [e.label for e in x.entities.values()]


def test_a_dated_launch_keeps_its_date_beside_a_later_flyby(read):
    x = read("Solstra was launched on an Ariane 6 rocket from Kourou on 14 April 2027. The probe flew within 950 "
             "kilometres of comet Harrowgate on 6 October 2031.")
    launches = [e for e in x.entities.values() if "Launch" in e.classes]
    assert [{d.value for d in x.dates if d.subject == e.key} for e in launches] == [{"2027-04-14"}]


def test_flying_on_a_rocket_is_still_a_launch(read):
    assert "Launch" in _classes(read("The Orsa satellite flew on a Vega-C rocket on 3 May 2026."))
