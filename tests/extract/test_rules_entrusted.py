"""Who is given a task carries out its purpose clause (frames._inherit, lexicon ENTRUST_VERBS): "OHB was
selected by ESA to develop X" makes OHB, not ESA, X's provider. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, builder, boss", [
    ("OHB has been selected by ESA to develop the Kestrel satellite.", "OHB", "ESA"),
    ("Airbus was chosen by CNES to build the Vela probe.", "Airbus", "CNES"),
    ("Thales Alenia Space has been commissioned by ASI to manufacture the Zephyr satellite.",
     "Thales Alenia Space", "ASI"),
])
def test_the_one_entrusted_builds(read, text, builder, boss):
    got = triples(read(text))
    built = [s for s, p, o in got if p == "providedBy"]
    assert built and all((s, "providedBy", builder) in got for s in built), sorted(got)
    assert not [x for x in got if x[1] == "providedBy" and x[2] == boss], sorted(got)


def test_a_purpose_clause_of_other_verbs_keeps_its_subject(read):
    got = triples(read("ESA met NASA in Paris to discuss the Kestrel mission."))
    assert any(s.startswith("meeting") and p == "topic" and o == "Kestrel" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "ESA has awarded OHB a contract worth 300 million euros to build the Kestrel satellite.",
    "ESA has awarded a contract to OHB to build the Kestrel satellite.",
    "OHB has won a contract from ESA to build the Kestrel satellite.",
])
def test_a_contract_to_build_is_the_contractors_work(read, text):
    """rules/suppliers.contractors: through an adjective ("worth ..."), a "to" recipient, a winning subject."""
    got = triples(read(text))
    assert ("Kestrel", "providedBy", "OHB") in got and ("Kestrel", "providedBy", "ESA") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "ASI and DLR will develop the Aquila radar mission.",
    "The Aquila mission was developed by ASI and DLR.",
])
def test_developers_of_a_mission_contribute_to_it(read, text):
    """rules/actions.supply: a mission is no thing supplied (providedBy ranges over craft, instruments and
    launchers); who develops it takes part in it."""
    got = triples(read(text))
    assert {("ASI", "contributesTo", "Aquila"), ("DLR", "contributesTo", "Aquila")} <= got, sorted(got)


def test_a_funder_contributes_and_does_not_provide(read):
    """lexicon FUND_VERBS: who pays for a craft takes part in it; who builds it provides it."""
    got = triples(read("The Vela satellite was built by OHB and funded by the European Union."))
    assert {("Vela", "providedBy", "OHB"), ("European Union", "contributesTo", "Vela")} <= got, sorted(got)
    assert ("Vela", "providedBy", "European Union") not in got, sorted(got)


@pytest.mark.parametrize("text, builder, thing", [
    ("The Vela Space Agency contracted Orbix to build the Tarn rover.", "Orbix", "Tarn"),
    ("The Andean Space Commission commissioned Corvane to develop the Kestra-2 satellite.", "Corvane", "Kestra-2"),
    ("The Vela Space Agency tasked Brastek to manufacture the Zephyr probe.", "Brastek", "Zephyr"),
])
def test_an_agency_contracting_a_company_to_build_makes_it_the_builder(read, text, builder, thing):
    """The verb "contract" is no contract noun (rules/suppliers.contractors); the one contracted is a company
    (doing.chosen_maker, ENTRUST_VERBS) and builds the thing, not the agency."""
    got = read(text)
    assert (thing, "providedBy", builder) in triples(got), sorted(triples(got))
    assert any(e.label == builder and "Company" in e.classes for e in got.entities.values()), got.entities
    assert not [x for x in triples(got) if x[1] == "providedBy" and x[2] != builder], sorted(triples(got))


def test_an_agency_contracted_by_a_ministry_to_study_is_no_company(read):
    """A body entrusted with no made thing ("to study the Moon") is not typed a company by that."""
    got = read("The ministry contracted the Orbis Institute to study the lunar regolith.")
    assert not any(e.label == "Orbis Institute" and "Company" in e.classes for e in got.entities.values()), \
        got.entities
