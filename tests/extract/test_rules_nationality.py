"""dep:nationality on appositions and lists, in sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_rules_nationality_of_an_apposition_goes_to_the_name_before_the_comma(read):
    facts = triples(read("CNES will be partnered by CEA, the French commission for atomic energy."))
    assert ("CEA", "country", "France") in facts and ("CNES", "country", "France") not in facts, facts


def test_rules_nationality_reaches_every_name_a_plural_noun_sets_out(read):
    facts = triples(read("The Italian manufacturers Avio and Telespazio will build the stage."))
    assert {("Avio", "country", "Italy"), ("Telespazio", "country", "Italy")} <= facts, facts


@pytest.mark.parametrize("text, org, country", [
    ("Anna Quill, the Director of the Royal Danish Meteorological Institute, spoke.",
     "Royal Danish Meteorological Institute", "Denmark"),
    ("The Federal German Zephyr Institute will build the camera.", "Federal German Zephyr Institute", "Germany"),
])
def test_nationality_after_an_opening_word_of_a_name(read, text, org, country):
    assert (org, "country", country) in triples(read(text))


def test_nationality_not_from_a_word_inside_a_name(read):
    """Only a leading word (or one after "Royal", "of") says the nation: a name's inner adjective does not."""
    facts = triples(read("The Vela Italian Cuisine Institute will cater the event."))
    assert not any(p == "country" and s.startswith("Vela") for s, p, o in facts), facts


def test_nationality_stops_at_a_conjunct_with_its_own(read):
    """"The Dutch institute A and Japan's B": B's nationality is its own, not A's."""
    result = read("The Dutch institute SRON and Japan's Tohoku University also contributed.")
    t = triples(result)
    assert ("SRON", "country", "Netherlands") in t and ("Tohoku University", "country", "Japan") in t, t
    assert ("Tohoku University", "country", "Netherlands") not in t, t


def test_rules_nationality_on_a_title_before_a_name_is_the_persons(read):
    from ..helpers import triples

    t = triples(read("Former Indian astronaut Rakesh Sharma met the delegation in Bengaluru."))
    assert ("Rakesh Sharma", "country", "India") in t, t


def test_rules_nationality_of_a_group_the_person_meets_is_not_the_persons(read):
    from ..helpers import triples

    t = triples(read("The Indian delegation met astronaut Rakesh Sharma in Bengaluru."))
    assert not any(s == "Rakesh Sharma" and p == "country" for s, p, o in t), t
