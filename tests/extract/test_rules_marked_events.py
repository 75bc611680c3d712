"""An event marked at a ceremony, and those who attended it: "the handover was marked at a ceremony in
Darmstadt" is a handover that took place there (lexicon CELEBRATE_VERBS, rules/occurrences.py took_place,
rules/events.py locate_events), and a witness's participle in the passive on the clause's verb, "signed at a
ceremony in Riga, attended by A and B", makes A and B take part in what the clause tells of
(rules/happenings.py witnesses). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _events(got, prop, obj):
    """The nouns of the events with ``prop obj`` ("signing (2020-05-03) [t]": "signing")."""
    return {s.split(" (")[0].removesuffix(" [t]") for s, p, o in got if p == prop and o == obj}


@pytest.mark.parametrize("text, people", [
    ("The accord was signed at a ceremony in Vilnius, attended by Lithuanian Prime Minister Rasa Kairiene and "
     "CNES President Paul Morel.", ["Rasa Kairiene", "Paul Morel"]),
    ("The Orla Institute and the Vela Space Agency signed the agreement in Oslo on 3 May, witnessed by Norway's "
     "science minister Ola Berg.", ["Ola Berg"]),
])
def test_attendees_in_the_passive_take_part_in_the_signing(read, text, people):
    got = triples(read(text))
    signed_at = {o.split(" (")[0].removesuffix(" [t]") for s, p, o in got if p == "signedAt"}
    for person in people:  # (the signing, or the ceremony it was signed at)
        assert signed_at & {"signing", "ceremony"} & _events(got, "participant", person), sorted(got)


@pytest.mark.parametrize("text, event, place, person", [
    ("The handover was marked at a ceremony in Darmstadt, attended by ESA Director General Ana Ruiz.",
     "handover", "Darmstadt", "Ana Ruiz"),
    ("The opening of the new ground station was celebrated in Kiruna on 4 May, attended by Swedish minister "
     "Ebba Lind.", "opening", "Kiruna", "Ebba Lind"),
    ("The inauguration was commemorated in Bremen, attended by DLR Chair Jonas Falk.",
     "inauguration", "Bremen", "Jonas Falk"),
])
def test_a_marked_event_took_place_there(read, text, event, place, person):
    got = triples(read(text))
    assert event in _events(got, "locatedIn", place), sorted(got)
    assert event in _events(got, "participant", person), sorted(got)


@pytest.mark.parametrize("text", [
    "The satellite was marked with the agency's logo.",  # no event noun marked
    "The agreement was signed in Riga, supported by a grant from the European Union.",  # no witness's verb
    "The satellite was launched on 3 May, followed by a second one from the Orla Institute in June.",
])
def test_no_attendee_without_a_witness_or_an_event(read, text):
    ext = read(text)
    got = triples(ext)
    assert not [x for x in got if x[1] == "participant" and x[2] in ("European Union", "Orla Institute")], \
        sorted(got)
    if "logo" in text:
        assert not [lab for lab in labels(ext) if lab.endswith("[t]")], sorted(labels(ext))


def test_the_marked_occurrence_is_the_one_a_verb_told_of(read):
    ext = read("The Orla Space Agency handed over control of the Halcyon satellite to the Baltic Weather Service "
               "on 18 March. The handover was marked at a ceremony in Riga, attended by Latvian minister "
               "Anna Berzina.")
    got = triples(ext)
    events = {s for s, p, o in got if p == "participant" and o == "Anna Berzina"}
    assert len(events) == 1, sorted(got)
    (ev,) = events
    assert (ev, "locatedIn", "Riga") in got, sorted(got)
    assert (ev, "participant", "Orla Space Agency") in got, sorted(got)
    assert len([lab for lab in labels(ext) if lab.startswith(("hand", "handover"))]) == 1, sorted(labels(ext))
