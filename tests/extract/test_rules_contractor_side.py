"""Which side of a contract does the work: "ESA signed a contract with OHB to build X" has OHB build X, but
"Brakvik signed a contract with the Marlow Space Agency to build X" has Brakvik build it (an agency in the
"with" phrase is the customer: lexicon CUSTOMER_CLASSES, rules/suppliers.contractors)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, builder, customer", [
    ("Brakvik signed a contract with the Marlow Space Agency to build the Tavi satellite.", "Brakvik",
     "Marlow Space Agency"),
    ("Korrin Aerospace signed a contract with CNES to develop the Tavi probe.", "Korrin Aerospace", "CNES"),
    ("OHB has signed a contract with the Italian Space Agency to build the Tavi satellite.", "OHB", "ASI"),
])
def test_rules_contractor_side_a_company_with_an_agency_builds(read, text, builder, customer):
    t = triples(read(text))
    built = {o for s, p, o in t if p == "providedBy" and s == "Tavi"}
    assert builder in built and customer not in built, t


def test_rules_contractor_side_an_agency_with_a_company_has_the_company_build(read):
    t = triples(read("The Marlow Space Agency signed a contract with Korrin Aerospace to build the Tavi satellite."))
    built = {o for s, p, o in t if p == "providedBy" and s == "Tavi"}
    assert built == {"Korrin Aerospace"}, t


def test_rules_contractor_side_who_signs_a_subcontract_is_a_company(read):
    from ..helpers import classes_of

    got = read("Fennick signed a subcontract with Airbus for the Tavi antennas.")
    assert classes_of(got, "Fennick") == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text", [
    "Brakvik won a contract with the Marlow Space Agency to build the Tavi satellite.",
    "Korrin Aerospace has been awarded a contract by CNES to build the Tavi satellite.",
    "Korrin Aerospace will build the Tavi satellite under a 40 million euro contract with CNES.",
])
def test_rules_contractor_side_the_customer_builds_nothing(read, text):
    t = triples(read(text))
    built = {o for s, p, o in t if p == "providedBy" and s == "Tavi"}
    assert built and not built & {"Marlow Space Agency", "CNES"}, t


def test_rules_contractor_side_the_awarded_company_builds(read):
    t = triples(read("Korrin Aerospace has been awarded a contract by CNES to build the Tavi satellite."))
    assert ("Tavi", "providedBy", "Korrin Aerospace") in t, t


@pytest.mark.parametrize("text, name", [
    ("CNES has signed a contract with Brakvik for the construction of the Tavi satellite.", "Brakvik"),
    ("The Marlow Space Agency signed a subcontract with Tindra.", "Tindra"),
])
def test_rules_contractor_side_the_with_party_of_a_contract_is_a_company(read, text, name):
    from ..helpers import classes_of

    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_rules_contractor_side_an_unknown_name_listed_with_an_agency_is_no_agency(read):
    from ..helpers import classes_of

    got = read("The contract was signed by CNES and Brakvik in Paris.")
    assert "SpaceAgency" not in classes_of(got, "Brakvik"), [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, craft, builder", [
    ("OHB is the Tavi satellite's prime contractor.", "Tavi", "OHB"),
    ("The prime contractor for the Pella probe is Airbus.", "Pella", "Airbus"),
    ("The main contractor for the Tavi satellite is Korrin Aerospace.", "Tavi", "Korrin Aerospace"),
])
def test_rules_contractor_side_prime_contractor_wordings(read, text, craft, builder):
    t = triples(read(text))
    assert (craft, "providedBy", builder) in t, t


def test_rules_contractor_side_an_agencys_contractor_builds_no_agency(read):
    t = triples(read("ESA's prime contractor for the Tavi satellite is OHB."))
    assert ("Tavi", "providedBy", "OHB") in t and not any(o == "ESA" and p == "providedBy" for s, p, o in t), t
