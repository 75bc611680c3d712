"""A body's name the model runs into a title ("ACE Executive Director Camila Rojas" read as an organization "ACE
Executive"): title words that end the name right before another title word are the title's (titled_people.
without_title_tail), so the person heads the body the acronym stands for. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_title_word_is_no_part_of_the_body_name(read):
    x = read("The Chilean Space Agency (ACE) signed the agreement. It was signed by ACE Executive Director Camila "
             "Rojas.")
    assert "ACE Executive" not in labels(x), sorted(labels(x))
    assert ("Camila Rojas", "headOf", "Chilean Space Agency") in triples(x), sorted(triples(x))


def test_a_name_ending_in_a_title_word_alone_keeps_it(read):
    x = read("The Executive Board of the Orla Institute met in Lisbon on 3 May.")
    assert not any(label in ("Orla", "Executive") for label in labels(x)), sorted(labels(x))
