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
