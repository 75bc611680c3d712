"""A capitalized member's noun is a reference, not a name ("the 15th Member State"), on sentences written
for the tests."""

from ..helpers import labels, triples


def test_member_state_capitalized_is_no_name(read):
    x = read("Estonia signed its accession agreement and will become the 15th Member State on 1 January 2027.")
    assert not any("Member State" in label for label in labels(x))


def test_member_state_capitalized_still_makes_a_member(read):
    x = read("Estonia became a Member State of the Vela Space Agency in 2015.")
    assert ("Estonia", "memberOf", "Vela Space Agency") in triples(x)
    assert not any("Member State" in label for label in labels(x))
