"""rules/careers.py, frame:worked-at and dep:at-the-helm on sentences written for them: where a person has
worked is an organization they are a member of; who is at the helm of one heads it."""

from __future__ import annotations

import pytest

from ..helpers import triples

_APPOINTED = "Lena Varga was appointed Director of Science at the Nordic Space Agency. "


@pytest.mark.parametrize("text, person, org", [
    ("Lena Varga previously worked at Airbus.", "Lena Varga", "Airbus"),
    (_APPOINTED + "She previously worked at Airbus.", "Lena Varga", "Airbus"),
    (_APPOINTED + "Varga previously worked for OHB.", "Lena Varga", "OHB"),
    ("Before joining ESA, Tomas Holm served for ten years at the University of Bern.", "Tomas Holm",
     "University of Bern"),
    ("Maria Rossi spent a decade at OHB as chief engineer.", "Maria Rossi", "OHB"),
    ("Maria Rossi spent ten years with Thales Alenia Space.", "Maria Rossi", "Thales Alenia Space"),
])
def test_worked_at_is_membership(read, text, person, org):
    got = triples(read(text))
    assert (person, "memberOf", org) in got, got


@pytest.mark.parametrize("text", [
    "Maria Rossi worked with NASA on the Kestrel mission.",  # a partner, not an employer
    "Maria Rossi worked at the Guiana Space Centre in Kourou.",  # a facility
    "NASA worked for years at the Kestrel problem.",  # no person
])
def test_worked_at_no_membership(read, text):
    got = triples(read(text))
    assert not any(p == "memberOf" for _, p, _ in got), got


@pytest.mark.parametrize("text, person, org", [
    ("Anna Berg has been at the helm of the Nordic Space Agency since 2019.", "Anna Berg", "Nordic Space Agency"),
    ("Anna Berg, at the helm of the Nordic Space Agency since 2019, signed the accord.", "Anna Berg",
     "Nordic Space Agency"),
    ("In 2021 Anna Berg took the helm of CNES.", "Anna Berg", "CNES"),
])
def test_at_the_helm_is_head(read, text, person, org):
    got = triples(read(text))
    assert (person, "headOf", org) in got, got


@pytest.mark.parametrize("text", [
    "ESA has been at the helm of the Kestrel mission.",  # no person
    "Anna Berg was at the helm of the ship.",  # no organization
])
def test_at_the_helm_no_head(read, text):
    got = triples(read(text))
    assert not any(p == "headOf" for _, p, _ in got), got
