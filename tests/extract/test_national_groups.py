"""A group named by its nationality only (session 23, rules/national_groups.py), and a verb joined to a relative
clause that the parser joined to the sentence's verb (relative_conjuncts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _group(got, noun):
    return {s for s, p, o in got if s.startswith(noun)}


@pytest.mark.parametrize("text, noun, country", [
    ("Ten years ago the Korean group first took part in the Orsa mission.", "Korean group", "South Korea"),
    ("The Italian team built the camera of the Orsa probe.", "Italian team", "Italy"),
    ("The Norwegian delegation at the Council of ESA voted for the budget.", "Norwegian delegation", "Norway"),
])
def test_a_nationality_alone_makes_a_group_of_that_country(read, text, noun, country):
    got = triples(read(text))
    groups = _group(got, noun)
    assert len(groups) == 1 and (groups.pop(), "country", country) in got, got


def test_the_group_does_what_its_clause_says(read):
    got = triples(read("Ten years ago the Korean group first took part in the Orsa mission."))
    assert any(s.startswith("Korean group") and p == "contributesTo" and o == "Orsa" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The CNES team met in Toulouse on 3 May.",
    "The French team at the Halden Institute built the camera.",
    "While the UK trade delegation was in China, the agencies signed an accord.",
])
def test_a_bodys_people_or_a_kind_of_group_is_no_national_group(read, text):
    got = triples(read(text))
    assert not any(p == "country" and s.split(" [")[0].endswith(("team", "delegation")) for s, p, o in got), got


def test_a_verb_joined_to_a_relative_clause_is_the_relatives(read):
    got = triples(read("Lena Varga travelled to Oslo to meet Tomas Berg, who is Director General of the Orvik Space "
                       "Centre and is also at the head of the Norwegian delegation to ESA."))
    heads = {o for s, p, o in got if s == "Tomas Berg" and p == "headOf"}
    assert any(o.startswith("Norwegian delegation") for o in heads), got
    assert not any(s == "Lena Varga" and p == "headOf" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The satellite was developed by Emirati engineers in partnership with KARI.",
    "The camera was built by Norwegian engineers at the Orvik Institute.",
])
def test_a_nationality_before_a_noun_is_no_name(read, text):
    """(session 23) The model may tag a nationality adjective before a plural noun as a body ("Emirati
    engineers"): an adjective, no name."""
    doc = read(text)
    assert not any(e.label in ("Emirati", "Norwegian") for e in doc.entities.values()), [
        e.label for e in doc.entities.values()]
