""""CNES Chair and CEO Philippe Baptiste", "Philippe Baptiste, CNES Chair and CEO, said": two titles joined by "and",
with the body's name before them, make the person's post at that body however the parser hangs them
(rules/titles._org_title_before, _org_titles_after); "Airbus Chief Technology Officer" is a post, no person
named "Technology Officer" (titled_people.without_agency_prefix). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person, prop, body", [
    ("CNES Chair and CEO Philippe Baptiste opened the session.", "Philippe Baptiste", "headOf", "CNES"),
    ("Airbus Chairman and Chief Executive Officer Guillaume Faury spoke.", "Guillaume Faury", "headOf", "Airbus"),
    ("Philippe Baptiste, CNES Chair and CEO, opened the session.", "Philippe Baptiste", "headOf", "CNES"),
    ("Lena Dahl, Airbus Chief Technology Officer, said the satellite is ready.", "Lena Dahl", "memberOf", "Airbus"),
])
def test_titles_joined_by_and_make_the_post(read, text, person, prop, body):
    assert (person, prop, body) in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "Lena Dahl, Airbus Chief Technology Officer, said the satellite is ready.",
    "Airbus Chief Technology Officer Lena Dahl said the satellite is ready.",
])
def test_a_post_is_no_person(read, text):
    got = read(text)
    assert not any("Officer" in x and "Person" in classes_of(got, x) for x in labels(got)), labels(got)
