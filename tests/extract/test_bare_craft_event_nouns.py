""""Velan will land on Mars. Touchdown is planned in Arcadia Planitia on 26 November 2027": a launch or landing noun
with no article, capitalized only to open its sentence, is no name (named_subjects.lowercase_nouns; mentions drops
the model's one-word span over it), and it is the craft's landing told of before, whatever noun or verb told it
(coreference: a bare launch or landing noun joins the event of its class just told of), dated and placed by the
schedule (rules/bare_events.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _landings(got):
    return {k for k, e in got.entities.items() if "Landing" in e.classes}


@pytest.mark.parametrize("text, place", [
    ("Velan will land on Mars. Touchdown is planned in Arcadia Planitia on 26 November 2027.", "Arcadia Planitia"),
    ("Velan will land on Mars. Touchdown is expected on 26 November 2027.", None),
    ("The Orsa lander will land on Mars. Landing is planned in Utopia Planitia on 26 November 2027.",
     "Utopia Planitia"),
])
def test_a_bare_landing_noun_is_the_landing_told_of(read, text, place):
    got = read(text)
    landings = _landings(got)
    assert len(landings) == 1, [got.entities[k].label for k in landings]
    (key,) = landings
    assert {d.value for d in got.dates if d.subject == key} == {"2027-11-26"}, got.dates
    label = got.entities[key].label
    if place is not None:
        assert (label, "locatedIn", place) in triples(got), triples(got)


def test_a_capitalized_event_noun_is_no_name(read):
    got = read("The Velan probe was built by OHB. Touchdown is expected on 26 November 2027.")
    assert all(not (e.named and e.label == "Touchdown") for e in got.entities.values())


def test_a_landform_of_a_named_place_places_it(read):
    got = triples(read("The Velan lander was built by OHB. Touchdown is planned on the plain of Arcadia Planitia, "
                       "north of the equator, at 20:53 CET on 26 November 2027."))
    assert any(p == "locatedIn" and o == "Arcadia Planitia" for _, p, o in got), got
