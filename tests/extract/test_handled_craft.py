"""A craft or a sample taken or carried, told in the past, is news by itself, with or without a date or a
place: "recovery teams retrieved the capsule", "the capsule was recovered by the Army" (lexicon HANDLE_VERBS),
"flew it by helicopter to a clean room" (CONVEY_VERBS; rules/occurrences.py occurrence_verb). Told in the
future, or of a thing that is no craft, it is none; a craft's own separation is not read here.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _events(ext, noun: str) -> set[str]:
    return {lab for lab in labels(ext) if lab.split(" (")[0].removesuffix(" [t]") == noun}


@pytest.mark.parametrize("text, noun", [
    ("The capsule was recovered by the Army.", "recover"),
    ("The return capsule was retrieved by a helicopter crew.", "retrieve"),
    ("The Orla capsule landed in the desert. Recovery teams retrieved the capsule.", "retrieve"),
    ("The Orla capsule landed in the desert. A helicopter flew it to a clean room.", "fly"),
])
def test_a_craft_handled_in_the_past_is_an_event(read, text, noun):
    ext = read(text)
    (ev,) = _events(ext, noun)
    assert any(s == ev and p == "participant" for s, p, o in triples(ext)), sorted(triples(ext))


@pytest.mark.parametrize("text, noun", [
    ("Teams will retrieve the capsule.", "retrieve"),
    ("The agency recovered its costs.", "recover"),
    ("The orbiter separated its lander.", "separate"),
])
def test_no_event_in_the_future_or_without_a_craft(read, text, noun):
    assert not _events(read(text), noun), sorted(labels(read(text)))


def test_it_after_and_is_the_joined_verbs_object(read):
    """(session 23) "retrieved the capsule ... and flew it to Tokyo": "it" is the first verb's object."""
    got = triples(read("Recovery teams from JAXA retrieved the Orsa capsule in the Woomera desert on 6 December and "
                       "flew it to Tokyo on 8 December."))
    flights = {s for s, p, o in got if p == "locatedIn" and o == "Tokyo"}
    assert flights and all((s, "participant", "Orsa") in got for s in flights), got


def test_recovered_where_it_came_down(read):
    """(session 23) "splashed down in the Bay of Bengal, where it was recovered by the Indian Navy": the craft
    ("it", the passive's patient) was recovered, by the Navy, there."""
    got = triples(read("The Orsa crew module splashed down in the Bay of Bengal, where it was recovered by the "
                       "Indian Navy."))
    recoveries = {s for s, p, o in got if p == "participant" and o == "Indian Navy"}
    assert len(recoveries) == 1, got
    ev = recoveries.pop()
    assert (ev, "locatedIn", "Bay of Bengal") in got and any(
        (ev, "participant", o) in got for o in ("Orsa", "Orsa crew module")), got
