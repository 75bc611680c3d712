"""Titles in front of a name: a facility's class noun before a title ("Centre Director Ana Ruiz") is no part of
the person's name (titled_people.body_before_title), and a minister's portfolio before the title ("Science
Minister Ivo Brandt") names the ministry the minister heads, of the country its nationality adjective or
possessor names (portfolios._fronted_portfolios, lexicon FIELD_NOUNS / PORTFOLIO_FIELDS; rules/ministries.py).
Sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person", [
    ("Centre Director Ana Ruiz welcomed the delegation.", "Ana Ruiz"),
    ("The visitors toured the Orvik Space Centre in Larnis. Centre Director Tomas Eklund showed them the "
     "clean room.", "Tomas Eklund"),
    ("Observatory Director Ilka Brenner presented the first images.", "Ilka Brenner"),
])
def test_a_facility_noun_and_title_before_a_name_leave_the_person(read, text, person):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, [(e.label, e.classes) for e in got.entities.values()]
    assert not any(label.startswith(("Centre Director", "Observatory Director")) for label in labels(got))


@pytest.mark.parametrize("text, person, ministry", [
    ("Science Minister Ivo Brandt visited the centre.", "Ivo Brandt", "Ministry of Science"),
    ("Industry Minister Lena Sorvik praised the engineers.", "Lena Sorvik", "Ministry of Industry"),
    ("The launch was watched by Research and Innovation Minister Dara Quill.", "Dara Quill",
     "Ministry of Research and Innovation"),
])
def test_a_portfolio_before_minister_names_the_ministry_the_person_heads(read, text, person, ministry):
    got = triples(read(text))
    assert (person, "headOf", ministry) in got, got


@pytest.mark.parametrize("text, ministry, country", [
    ("Hungarian Science Minister Ivo Brandt visited the centre.", "Ministry of Science", "Hungary"),
    ("The Norwegian Finance Minister, Piet Moll, praised the engineers.", "Ministry of Finance", "Norway"),
    ("Portugal's Education Minister Rita Lobo opened the school.", "Ministry of Education", "Portugal"),
])
def test_the_nationality_before_a_fronted_portfolio_is_the_ministry_country(read, text, ministry, country):
    got = triples(read(text))
    assert (ministry, "country", country) in got, got


@pytest.mark.parametrize("text", [
    "Prime Minister Ana Ruiz opened the centre.",
    "Foreign Minister Ana Ruiz opened the centre.",
    "Deputy Minister Ana Ruiz opened the centre.",
    "The minister, Ana Ruiz, opened the centre.",
])
def test_a_title_without_a_field_in_front_names_no_ministry(read, text):
    got = read(text)
    assert not any(label.startswith("Ministry") for label in labels(got)), labels(got)
    assert classes_of(got, "Ana Ruiz") == {"Person"}


@pytest.mark.parametrize("text, person, body", [
    ("The delegation visited the Larnis Aerospace Research Centre on 3 May. Centre Director Ana Ruiz welcomed the "
     "visitors.", "Ana Ruiz", "Larnis Aerospace Research Centre"),
    ("The delegation visited the Tarnov Institute on 3 May. Institute Director Lena Sorvik welcomed the visitors.",
     "Lena Sorvik", "Tarnov Institute"),
])
def test_a_body_noun_director_heads_the_body_in_view(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got


def test_a_programme_director_heads_no_body(read):
    got = triples(read("The Vela Space Agency signed the deal. Programme Director Ana Ruiz said it was a good day."))
    assert not any(p == "headOf" for _, p, _ in got), got
