""""Provider", the trade words of satellite operators ("Telecommunications", "Broadband", "Electric") and a
"teleport" carry a class (lexicon HEAD_CLASSES, COMPANY_NAME_WORDS): a company named by its trade word was read
as a person, one set beside "a telecommunications provider" was not read at all, a teleport was no facility.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The satellites are being built by Hanamura Electric.", "Hanamura Electric"),
    ("The ground stations will be run by Tovari Telecommunications.", "Tovari Telecommunications"),
    ("The capacity was sold to Selvan Broadband and Ardal Connectivity.", "Selvan Broadband"),
    ("The capacity was sold to Selvan Broadband and Ardal Connectivity.", "Ardal Connectivity"),
    ("Morlac Wireless signed the lease on 4 May 2025.", "Morlac Wireless"),
])
def test_an_operators_trade_word_makes_a_company(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), (classes_of(got, name), labels(got))


@pytest.mark.parametrize("text, name", [
    ("The satellite will serve Nubiacom, a telecommunications provider in Kenya.", "Nubiacom"),
    ("Nubiacom, a provider of broadband services, signed the contract.", "Nubiacom"),
    ("The launch service provider Orvane will fly the satellite.", "Orvane"),
])
def test_a_provider_is_a_company(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), (classes_of(got, name), labels(got))


@pytest.mark.parametrize("text", [
    "Testing was carried out from its teleport in Betzdorf.",
    "Testing was carried out from the teleport in Betzdorf.",
])
def test_a_teleport_in_a_town_is_a_facility(read, text):
    got = read(text)
    assert any(p == "locatedIn" and o == "Betzdorf" for s, p, o in triples(got)), triples(got)
    assert any("Facility" in e.classes for e in got.entities.values()), labels(got)


@pytest.mark.parametrize("text", [
    "The Electric Vehicle Summit took place in Oslo.",  # a trade word opening a name makes no company
    "The provider will be chosen in 2026.",  # a provider not named is nobody
])
def test_no_company_from_the_word_alone(read, text):
    got = read(text)
    assert not any("Company" in e.classes for e in got.entities.values()), labels(got)
