""""Ministers met for the ESA Council at Ministerial Level. The council was chaired by X": a body's noun whose
sessions are named with it (lexicon SESSION_NOUNS) takes back, up to three sentences after, the named meeting
whose name holds it (sessions.py, read by Context.definite); a council told of as a body stays the body. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, meeting, person", [
    ("Ministers met in Valmora for the ESA Council at Ministerial Level. The council was chaired by Anna Berg.",
     "ESA Council at Ministerial Level", "Anna Berg"),
    ("Delegates gathered in Arden for the Kelmar Space Council Summit. The council was opened by Anna Berg.",
     "Kelmar Space Council Summit", "Anna Berg"),
    ("Ministers met in Valmora for the ESA Council at Ministerial Level. They subscribed 18 billion euros. Germany "
     "was the largest contributor. The council was chaired by Anna Berg.", "ESA Council at Ministerial Level",
     "Anna Berg"),
])
def test_the_council_takes_back_the_named_session(read, text, meeting, person):
    got = triples(read(text))
    assert (meeting, "participant", person) in got, got


def test_a_council_told_of_as_a_body_stays_the_body(read):
    got = triples(read("The Council of the Kelmar Space Agency met in Arden. The council is chaired by Anna Berg."))
    assert not any(p == "participant" and o == "Anna Berg" for s, p, o in got), got


def test_an_edition_of_a_named_event_is_the_event(read):
    """"will hold the third edition of the Arctic Space Forum in Tromsø": the forum is held there, by the agency."""
    facts = triples(read("The Kelmar Space Agency will hold the third edition of the Arctic Space Forum in Tromsø on "
                         "4 June 2026. Last year's edition, held in Reykjavik, attracted 400 participants."))
    assert {("Arctic Space Forum", "locatedIn", "Tromsø"), ("Arctic Space Forum", "participant",
                                                              "Kelmar Space Agency")} <= facts, facts
    assert ("Arctic Space Forum", "locatedIn", "Reykjavik") not in facts, facts  # an edition no name owns


def test_another_edition_is_an_event_of_its_own(read):
    """"The next edition of the forum will be held in Tokyo in 2027": another holding, not the forum told of."""
    got = read("The Arctic Space Forum opened in Tromsø on 4 June 2026. The next edition of the forum will be held "
               "in Tokyo in 2027.")
    facts = triples(got)
    assert ("Arctic Space Forum", "locatedIn", "Tokyo") not in facts, facts
    assert any(s.startswith("next edition") and p == "locatedIn" and o == "Tokyo" for s, p, o in facts), facts


def test_an_edition_of_a_book_is_no_event(read):
    got = read("The first edition of the Kelmar handbook was published in 2020.")
    assert not any("Event" in e.classes for e in got.entities.values()), got.entities
