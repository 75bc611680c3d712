""""ESA awarded a contract worth 85 million euros to Orbitra to build two satellites": the parser hangs "to Orbitra" and
the infinitive on the amount, yet Orbitra is the one awarded the contract (its signatory, a company by that role:
doing._past_amount, awards.on_deal) and the one who builds (suppliers.contractors). And "ordered two satellites from
X": the unnamed craft bought are made and provided by X (procurement.bought_from). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _plain(got):
    return {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(got)}


@pytest.mark.parametrize("text, company, made", [
    ("ESA has awarded a contract worth 85 million euros to Orbitra to build two satellites.", "Orbitra",
     "two satellites"),
    ("The Velorian Space Agency awarded a contract valued at 40 million euros to Telvia to develop a radar "
     "altimeter.", "Telvia", "radar altimeter"),
])
def test_the_one_awarded_a_contract_worth_an_amount(read, text, company, made):
    got = read(text)
    facts = _plain(got)
    assert ("contract", "signatory", company) in facts, facts
    assert (made, "providedBy", company) in facts, facts
    assert "Company" in classes_of(got, company)


@pytest.mark.parametrize("text, made, maker", [
    ("ESA ordered two satellites from Airbus.", "two satellites", "Airbus"),
    ("The Velorian Space Agency has procured four radar satellites from Orbitra Systems.", "four radar satellites",
     "Orbitra Systems"),
])
def test_craft_bought_from_a_maker(read, text, made, maker):
    assert (made, "providedBy", maker) in _plain(read(text))


@pytest.mark.parametrize("text", [
    "ESA ordered data from Orbitra Systems.",
    "The agency bought a building from the city of Arvelle.",
])
def test_nothing_made_is_bought(read, text):
    assert not any(p == "providedBy" for _, p, _ in _plain(read(text)))
