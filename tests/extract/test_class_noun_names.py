"""A body or a nationality, a class noun and a name written as one phrase ("NASA rover Tarvos collected a sample",
"built by Portuguese company Tekever and Italian firm Argotec"): the parser's split readings are repaired
(extract/class_noun_names.py), so the named thing does what the clause says, the body runs it, the nationality is
its country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, body", [
    ("NASA rover Tarvos collected a rock sample on 2 March.", "Tarvos", "NASA"),
    ("The NASA rover Tarvos collected a rock sample on 2 March.", "Tarvos", "NASA"),
    ("Yesterday, ESA probe Kelvo reached Venus.", "Kelvo", "ESA"),
    ("JAXA probe Orsalis landed on the asteroid on 9 May.", "Orsalis", "JAXA"),
])
def test_the_body_runs_the_named_craft_that_acts(read, text, craft, body):
    found = triples(read(text))
    assert (craft, "operatedBy", body) in found, found
    assert any(p == "participant" and o == craft for s, p, o in found), found
    assert not any(p == "participant" and o == body for s, p, o in found), found


@pytest.mark.parametrize("text, person, body", [
    ("ESA astronaut Sophie Adenot flew to the station on 3 May.", "Sophie Adenot", "ESA"),
    ("ESA mission manager Ana Ruiz said the probe is healthy.", "Ana Ruiz", "ESA"),
])
def test_a_persons_title_is_no_craft(read, text, person, body):
    found = triples(read(text))
    assert not any(p == "operatedBy" for s, p, o in found), found


@pytest.mark.parametrize("text, made, makers", [
    ("The satellites will be built by Portuguese company Tekever and Italian firm Argotec.", "satellites",
     {("Tekever", "Portugal"), ("Argotec", "Italy")}),
    ("The landers will be built by the Norwegian company Valdrik and the Spanish firm Orbenta.", "landers",
     {("Valdrik", "Norway"), ("Orbenta", "Spain")}),
    ("Portuguese company Tekever will build the satellite.", "satellite", {("Tekever", "Portugal")}),
])
def test_listed_companies_of_nations_build(read, text, made, makers):
    ex = read(text)
    found = triples(ex)
    for name, country in makers:
        assert (name, "country", country) in found, found
        assert any(p == "providedBy" and o == name for s, p, o in found), found
        assert classes_of(ex, name) == {"Company"}, classes_of(ex, name)


def test_a_name_with_and_in_it_is_left_whole(read):
    found = triples(read("The probe will be built by the company Airbus Defence and Space in Toulouse."))
    assert any(p == "providedBy" and o == "Airbus Defence and Space" for s, p, o in found), found
