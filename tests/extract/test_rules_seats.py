"""rules/seats.py on sentences written for it: places and events placed by "located in", "situated
at", "based in" and "X-based"."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, where", [
    ("The signal reached ESOC, located in Darmstadt, Germany, at noon.", "Darmstadt"),
    ("The data are stored at ESOC, situated in Darmstadt.", "Darmstadt"),
    ("The images were processed at ESOC, which is located in Darmstadt.", None),
])
def test_rules_seats_located_in(read, text, where):
    facts = triples(read(text))
    if where is None:  # a relative clause, not a participle: no claim either way, but no wrong place
        assert not any(p == "locatedIn" and s == "ESOC" and o != "Darmstadt" for s, p, o in facts), facts
    else:
        assert ("ESOC", "locatedIn", where) in facts, facts


def test_rules_seats_hyphened_place(read):
    facts = triples(read("Engineers at the Darmstadt-based ESOC confirmed the signal."))
    assert ("ESOC", "locatedIn", "Darmstadt") in facts, facts


def test_rules_seats_not_for_an_organization(read):
    """"CNES, based in Paris": an agency is no place."""
    facts = triples(read("CNES, based in Paris, signed the contract."))
    assert not any(p == "locatedIn" and s == "CNES" for s, p, o in facts), facts


@pytest.mark.parametrize("text, org, country", [
    ("The Luxembourg-based firm Orbix will operate the satellite.", "Orbix", "Luxembourg"),
    ("A Germany-based start-up, Nova GmbH, supplied the antenna.", "Nova GmbH", "Germany"),
])
def test_seats_a_country_based_organization_has_that_country(read, text, org, country):
    assert (org, "country", country) in triples(read(text)), triples(read(text))


def test_seats_a_city_based_organization_gets_no_country_from_it(read):
    got = triples(read("The Toulouse-based company Vela Systems built the camera."))
    assert not any(p == "country" and s == "Vela Systems" for s, p, _ in got), got


@pytest.mark.parametrize("text, org, country", [
    ("Vela Systems, based in Turin, Italy, built the camera.", "Vela Systems", "Italy"),
    ("Nova GmbH, headquartered in Germany, supplied the antenna.", "Nova GmbH", "Germany"),
    ("The antenna came from Kerberos GmbH, located in Lyon, France, last year.", "Kerberos GmbH", "France"),
])
def test_seats_an_organization_based_in_a_named_country_has_that_country(read, text, org, country):
    got = triples(read(text))
    assert (org, "country", country) in got, got
    assert not any(p == "locatedIn" and s == org for s, p, _ in got), got


def test_seats_an_organization_based_in_a_city_alone_gets_no_country(read):
    got = triples(read("CNES, based in Paris, signed the contract."))
    assert not any(s == "CNES" and p in ("country", "locatedIn") for s, p, _ in got), got
