"""A charge over a made thing told of for the first time ("in charge of the camera") makes the thing and
its provider (rules/responsible.py with described things); who is charged with making a thing is a body
(doing.charged_maker); "X, which is responsible for Y" is said of X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def provided(got, thing: str, who: str) -> bool:
    return any(s.split(" [")[0] == thing and p == "providedBy" and o == who for s, p, o in triples(got))


@pytest.mark.parametrize("text, thing, who", [
    ("ASI will be in charge of the radiometer.", "radiometer", "ASI"),
    ("Under the arrangement, CNES is responsible for the magnetometer.", "magnetometer", "CNES"),
    ("JAXA is responsible for the development of the spectrograph.", "spectrograph", "JAXA"),
    ("Norlys Optics, which is in charge of the telescope, is based in Tromsø.", "telescope", "Norlys Optics"),
])
def test_a_charge_over_a_made_thing_provides_it(read, text, thing, who):
    got = read(text)
    assert provided(got, thing, who), triples(got)


@pytest.mark.parametrize("text", [
    "ESA is responsible for the ground segment.",
    "The agency is in charge of the mission's operations.",
    "CNES is responsible for the science programme.",
])
def test_a_charge_over_no_made_thing_provides_nothing(read, text):
    got = read(text)
    assert not any(p == "providedBy" for _, p, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text, name", [
    ("Under the contract, Brakwater is responsible for building the lander.", "Brakwater"),
    ("Solvane will be in charge of the manufacture of the antenna.", "Solvane"),
])
def test_who_is_charged_with_making_a_thing_is_a_body(read, text, name):
    got = read(text)
    assert "Organization" in classes_of(got, name) or "Company" in classes_of(got, name), classes_of(got, name)
