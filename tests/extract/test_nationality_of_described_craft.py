"""A nationality before a thing told of by its noun (dep:national-described), and one before a name the model read as
a person's (names.person_start), on sentences written for these tests (session 37)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, countries", [
    ("The Orka camera will fly on a Japanese satellite.", "Japanese satellite", {"Japan"}),
    ("The Korean lunar lander will carry the Orka camera.", "Korean lunar lander", {"South Korea"}),
    ("India's lunar lander touched down on 23 August 2023.", "lunar lander", {"India"}),
    ("The French-German satellite will carry the Orka camera.", "French-German satellite", {"France", "Germany"}),
])
def test_a_described_craft_is_of_its_nationality(read, text, craft, countries):
    t = triples(read(text, date=dt.date(2023, 8, 25)))
    assert {o for s, p, o in t if p == "country" and s.startswith(craft)} == countries, t


def test_an_agency_before_a_craft_noun_operates_it_and_gives_no_country(read):
    t = triples(read("The NASA satellite will carry the Orka camera."))
    assert not any(p == "country" for s, p, o in t), t


def test_a_nationality_is_no_part_of_a_name_the_model_read_as_a_person(read):
    x = read("The Orka camera will fly on the French Vela satellite.")
    assert "Vela" in labels(x) and "French Vela" not in labels(x)
    assert ("Vela", "country", "France") in triples(x)
