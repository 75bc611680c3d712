"""Parts of a named craft ("the capsule of the Vela probe", anaphora.its_part), places a phrase's noun lies in
("landed in the desert near Woomera", events._places_in), a team's organization by possessive ("JAXA's
recovery team", groups.worker_org), a name the parser hangs beside its class noun ("from the asteroid
Ryugu", Context.named_child), and a flying verb that passes something (lexicon PASSING_WORDS) is no launch.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

DEC = dt.date(2025, 12, 8)


@pytest.mark.parametrize("text, owner", [
    ("The capsule of the Zephyr probe landed near Woomera on 6 December 2025.", "Zephyr"),
    ("The spectrometer of the Zephyr mission took its first spectra on 3 May.", "Zephyr"),
    ("Engineers tested the lander of the Kestrel probe in Toulouse.", "Kestrel"),
])
def test_a_part_of_a_named_craft(read, text, owner):
    got = read(text, date=DEC)
    assert any(p == "partOf" and o == owner and s != owner for s, p, o in triples(got)), sorted(triples(got))


@pytest.mark.parametrize("text", [
    "The Ariane 5 that will carry the spacecraft of the BepiColombo mission was delayed.",  # the mission's craft
    "The Vela probe reached Titan. The instruments of the probe were switched on.",  # no name: its-part's "its" case
    "The camera of NASA was tested.",  # an agency is no craft
    "The robotic arms of both the Vela module and the Zephyr station lifted the cargo.",  # two arms, one node
])
def test_no_part_without_a_named_craft_of_another_kind(read, text):
    got = read(text, date=DEC)
    assert not [x for x in triples(got) if x[1] == "partOf"], sorted(triples(got))


def test_the_place_a_phrase_lies_in(read):
    got = read("The Vela capsule landed in the Australian desert near Woomera on 6 December 2025.", date=DEC)
    landing = next(e.label for e in got.entities.values() if "Landing" in e.classes)
    assert (landing, "locatedIn", "Woomera") in triples(got), sorted(triples(got))


def test_a_team_acts_for_the_organization_that_owns_it(read):
    got = read("JAXA's recovery team retrieved the capsule near Woomera on 6 December 2025.", date=DEC)
    events = [e.label for e in got.entities.values() if "Event" in e.classes]
    assert any((ev, "participant", "JAXA") in triples(got) for ev in events), sorted(triples(got))


def test_a_name_hung_beside_its_class_noun_is_the_noun(read):
    got = read("Hayabusa2 returned samples from the asteroid Ryugu to Earth.", date=DEC)
    samples = [e.label for e in got.entities.values() if "Sample" in e.classes]
    assert samples and (samples[0], "sampleFrom", "Ryugu") in triples(got), sorted(triples(got))


@pytest.mark.parametrize("text", [
    "The Vela probe flew past the asteroid Zephyr-3 in May.",
    "The Kestrel spacecraft flew by Venus on 3 March.",
])
def test_a_pass_by_is_no_launch(read, text):
    got = read(text, date=DEC)
    assert not [e for e in got.entities.values() if "Launch" in e.classes], sorted(triples(got))


def test_flying_on_a_rocket_is_still_a_launch(read):
    got = read("The Kestrel satellite will fly on a Vega-C rocket from Kourou in May 2027.", date=DEC)
    assert [e for e in got.entities.values() if "Launch" in e.classes], sorted(triples(got))
