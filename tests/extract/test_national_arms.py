""""Telespazio France", "OHB Sweden": a known company followed right away by a country names the company's arm in
that country, one company from there (trade_names.national_arms), not the company and a country that signs its
contracts. A comma or a word between them keeps both. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, arm, country", [
    ("The satellite was built by OHB Sweden.", "OHB Sweden", "Sweden"),
    ("Telespazio France signed a contract with CNES.", "Telespazio France", "France"),
    ("The contract went to Thales Alenia Space Italy and OHB.", "Thales Alenia Space Italy", "Italy"),
    ("Airbus France's plant in Toulouse built the probe.", "Airbus France", "France"),
])
def test_a_company_and_a_country_side_by_side_name_its_arm(read, text, arm, country):
    got = read(text)
    assert "Company" in classes_of(got, arm), labels(got)
    assert (arm, "country", country) in triples(got), triples(got)


def test_the_arm_signs_not_the_country(read):
    got = triples(read("Telespazio France signed a contract with CNES."))
    assert not any(p == "signatory" and o == "France" for _, p, o in got), got


@pytest.mark.parametrize("text", [
    "The satellite was built by OHB, Sweden's partner in the programme.",
    "Airbus and France signed the agreement.",
])
def test_a_company_and_a_country_apart_stay_two(read, text):
    got = read(text)
    assert not any(" " in x and x.split()[0] in ("OHB", "Airbus") for x in labels(got)), labels(got)
