"""People who "gathered in X for a workshop", parsed as a noun phrase whose participle hangs on the noun of its
"from" phrase ("More than 200 experts from 30 countries gathered in Vienna ..."): the participle is the clause's
verb (clauses._headline). Capitals and the towns of the space industry are known cities (data/kb/cities.ttl), and
a town that opens a company's or a university's name is a word of that name (programme_bodies). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, place", [
    ("More than 300 engineers from 25 countries gathered in Lisbon on 3 May for a workshop on lunar dust.",
     "Lisbon"),
    ("Some 40 delegates from twelve agencies convened in Warsaw on 9 June for a symposium on space weather.",
     "Warsaw"),
    ("Around 150 students from 20 universities assembled in Bangalore for the Kestrel Symposium.", "Bengaluru"),
])
def test_people_gathered_in_a_town_for_an_event(read, text, place):
    found = triples(read(text))
    assert any(p == "locatedIn" and o == place for s, p, o in found), found


@pytest.mark.parametrize("text, city, country", [
    ("The two agencies met in Lisbon on 3 May.", "Lisbon", "Portugal"),
    ("The ministers signed the accord in Nairobi.", "Nairobi", "Kenya"),
    ("A ground station will be built near Santiago.", "Santiago", "Chile"),
])
def test_capitals_are_known_cities(read, text, city, country, gazetteer):
    assert classes_of(read(text), city) == {"City"}
    (entry,) = [e for e in gazetteer.entries.values() if e.label == city]
    assert any(o.endswith(f"/{country}") for p, o in entry.facts if p == "locatedIn"), entry


@pytest.mark.parametrize("text, town, body", [
    ("She worked for the Boston Consulting Group before joining ESA.", "Boston", "Boston Consulting Group"),
    ("The camera was built by Lisbon University of Technology.", "Lisbon", "Lisbon University of Technology"),
])
def test_a_town_opening_a_bodys_name_is_a_word_of_it(read, text, town, body):
    found = labels(read(text))
    assert body in found and town not in found, found


def test_a_facility_keeps_its_town(read):
    found = labels(read("The satellite is controlled from the Toulouse Space Centre."))
    assert "Toulouse" in found or "Toulouse Space Centre" in found, found
