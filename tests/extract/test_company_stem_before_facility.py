"""A company's short name before a facility noun ("the Astrelis teleport", "the Norvanta ground station") is the
company that owns the site, not a facility called so (extract/entities.py: a company's trade stem hinted a
facility by the noun after it is the company's; rules/facilities.py then reads it as the operator). A name the
text gives no company for stays the facility's own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, company", [
    ("Astrelis SA signed the deal. Testing was carried out from the Astrelis teleport in Betzdorf.", "Astrelis SA"),
    ("Astrelis SA signed the deal. Testing was carried out from the Astrelis ground station in Betzdorf.",
     "Astrelis SA"),
    ("Norvanta Systems signed the deal. The craft is tracked from the Norvanta ground station.", "Norvanta Systems"),
    ("Kelmar Aerospace won the contract. The satellites are controlled from the Kelmar control centre in Turin.",
     "Kelmar Aerospace"),
])
def test_a_company_stem_before_a_facility_noun_is_its_operator(read, text, company):
    got = read(text)
    stem = company.split()[0]
    assert "Facility" not in classes_of(got, stem), classes_of(got, stem)
    assert any(p == "operatedBy" and o == company for s, p, o in triples(got)), triples(got)


def test_the_company_keeps_its_head_after_the_site(read):
    got = read('Astrelis SA signed the deal. Testing was carried out from the Astrelis teleport in Betzdorf. '
               '"We are ready," said Jeanne Morlac, Chief Executive Officer of Astrelis.')
    assert ("Jeanne Morlac", "headOf", "Astrelis SA") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The craft is tracked from the Polarnet ground station in Sweden.", "Polarnet"),  # no company named
    ("Helvor Aerospace signed the deal. The craft is tracked from Helvor Station.", "Helvor Station"),
])
def test_a_facility_without_a_company_stem_keeps_its_name(read, text, name):
    got = read(text)
    assert "Facility" in classes_of(got, name), classes_of(got, name)
