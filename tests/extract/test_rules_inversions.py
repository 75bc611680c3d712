"""Inverted clauses, what the clause is about after "be" (rules/inversions.py: dep:inverted-aboard,
dep:inverted-among, dep:inverted-joining; lexicon ABOARD_MARKERS, PARTNER_NOUNS, CONTRIBUTOR_NOUNS,
ATTENDEE_NOUNS, JOIN_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _parts(got, whole: str) -> dict[str, set[str]]:
    """Each part of ``whole`` (by label) with the bodies that provide it."""
    ents = got.entities
    rels = [(ents[r.subject].label, r.predicate, ents[r.object].label) for r in got.relations]
    parts = {s for s, p, o in rels if p == "partOf" and o == whole}
    return {x: {o for s, p, o in rels if s == x and p == "providedBy"} for x in parts}


@pytest.mark.parametrize("text, whole, providers", [
    ("The Vela satellite will map soil moisture. On board are a camera from the Orla Institute and a "
     "spectrometer from Kestrel Dynamics.", "Vela", {"Orla Institute", "Kestrel Dynamics"}),
    ("The Tarsis probe reached orbit in May. On board is a magnetometer from Ostmark Systems.", "Tarsis",
     {"Ostmark Systems"}),
    ("Aboard the Nova orbiter are a radar from the Zephyr Institute and a laser altimeter.", "Nova",
     {"Zephyr Institute"}),
    ("Kestrel-5 lifted off on 28 March. On board are 2,400 kg of supplies, a camera from the Orla Institute and "
     "the Zephyr-2 experiment built by Ostmark Systems.", "Kestrel-5", {"Orla Institute", "Ostmark Systems"}),
])
def test_on_board_things_are_parts(read, text, whole, providers):
    got = read(text)
    parts = _parts(got, whole)
    assert len(parts) == (2 if " and " in text.split(". ")[-1] else 1), (parts, sorted(triples(got)))  # (no kg)
    assert set().union(*parts.values()) == providers, parts
    assert all(len(v) <= 1 for v in parts.values()), parts  # each part its own provider, not its neighbour's


@pytest.mark.parametrize("text, craft", [
    ("The Tarsis lunar lander will land in 2029. On board Tarsis are also a seismometer and a camera.", "Tarsis"),
    ("The Zephyr orbiter reached Mars in May. On board Zephyr is a radar from the Orla Institute.", "Zephyr"),
])
def test_the_craft_the_parser_takes_for_the_subject_stays_a_craft(read, text, craft):
    got = read(text)
    assert not classes_of(got, craft) & {"Instrument"}, classes_of(got, craft)
    assert _parts(got, craft), sorted(triples(got))


@pytest.mark.parametrize("text", [
    "On board the ship, the crew ate lunch.",
    "The Vela satellite was tested in May. On Monday are the final tests of the radar.",
])
def test_no_inverted_part_without_a_part_after_be(read, text):
    t = triples(read(text))
    assert not [x for x in t if x[1] == "partOf"], sorted(t)


@pytest.mark.parametrize("text, goal, who", [
    ("The Tarsis mission is led by the Korvan Space Agency. Among the partners are the Baltic Space Agency and "
     "Nordavia Space.", "Tarsis", {"Baltic Space Agency", "Nordavia Space"}),
    ("Among the contributors to the Lyra mission are Kestrel Dynamics and the Orla Institute.", "Lyra",
     {"Kestrel Dynamics", "Orla Institute"}),
    ("The Zephyr lander will touch down in 2029. Joining the mission are the Danish Space Agency and the Polish "
     "Space Agency.", "Zephyr", {"Danish Space Agency", "Polish Space Agency"}),
    ("Supporting the Kestrel mission are the Orla Institute and Nordavia Space.", "Kestrel",
     {"Orla Institute", "Nordavia Space"}),
])
def test_inverted_partners_contribute(read, text, goal, who):
    t = triples(read(text))
    assert {s for s, p, o in t if p == "contributesTo" and o == goal} >= who, sorted(t)


def test_inverted_participants_take_part_in_the_event(read):
    t = triples(read("The Vela Space Agency held a workshop on lunar dust in Oslo on 3 May. Among the "
                     "participants were the Orla Institute and Kestrel Dynamics."))
    events = {s for s, p, o in t if p == "participant" and o == "Orla Institute"}
    assert events and {o for s, p, o in t if s in events and p == "participant"} >= {"Kestrel Dynamics"}, sorted(t)


@pytest.mark.parametrize("text", [
    "Among the partners are the Baltic Space Agency and Nordavia Space.",  # nothing in view
    "The Tarsis mission is led by the Korvan Space Agency. Among the goals are a map of Mars and a sample.",
])
def test_no_stake_without_a_goal_or_a_partner_noun(read, text):
    t = triples(read(text))
    assert not [x for x in t if x[1] == "contributesTo"], sorted(t)
