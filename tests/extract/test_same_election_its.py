"""Two posts given by one election: "A was elected Chair of the Council, and B, who is Director of the Dutch
Space Office, was elected its Vice-Chair" makes B a member of the Council, the body the first conjunct's title
names, not of the latest name before "its" (frame:appoint, _same_election in rules/posts.py); in a later
sentence, "its" after an elect verb with no elector is the governing body in view (_body_in_view). An
appointing body's "its" stays that body's. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

_COUNCIL = "Council of the Norvik Space Agency"


def test_its_in_the_second_election_is_the_first_ones_body(read):
    found = triples(read("The Council of the Norvik Space Agency met in Oslo on 3 June. Anna Lind was elected "
                         "Chair of the Council, and Piet Dahlgren, who is Director of the Dutch Space Office, was "
                         "elected its Vice-Chair."))
    assert ("Piet Dahlgren", "memberOf", _COUNCIL) in found, sorted(found)
    assert ("Piet Dahlgren", "memberOf", "Dutch Space Office") not in found, sorted(found)


def test_its_of_an_appointing_body_stays_that_bodys(read):
    found = triples(read("Anna Lind was elected Chair of the Council of the Norvik Space Agency, and the Andes "
                         "Space Agency appointed Piet Dahlgren as its Director."))
    assert ("Piet Dahlgren", "memberOf", "Andes Space Agency") in found, sorted(found)
    assert not any(s == "Piet Dahlgren" and o == _COUNCIL for s, _, o in found), sorted(found)


def test_its_after_an_election_in_a_later_sentence_is_the_body_in_view(read):
    found = triples(read("The Council of the Norvik Space Agency met in Oslo on 3 June. Piet Dahlgren, who is "
                         "Director of the Dutch Space Office, was re-elected Chair. Tomas Berg was elected its "
                         "Vice-Chair."))
    assert ("Tomas Berg", "memberOf", _COUNCIL) in found, sorted(found)
    assert ("Tomas Berg", "memberOf", "Dutch Space Office") not in found, sorted(found)



def test_its_of_a_named_elector_stays_the_electors(read):
    found = triples(read("The Council of the Norvik Space Agency met in Oslo on 3 June. The Andes Space Agency "
                         "elected Tomas Berg as its Director."))
    assert not any(s == "Tomas Berg" and o == _COUNCIL for s, _, o in found), sorted(found)
    assert any(s == "Tomas Berg" and o == "Andes Space Agency" for s, _, o in found), sorted(found)
