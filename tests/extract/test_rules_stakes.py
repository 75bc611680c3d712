"""frame:runs-operations, infer:agreement-stake, "headed by" and coordinated passives, on sentences
written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("JAXA has responsibility for developing the Kestrel spacecraft and for controlling its operations.",
     ("Kestrel", "operatedBy", "JAXA")),
    ("ESA will conduct the operations of the Vela satellite.", ("Vela", "operatedBy", "ESA")),
    ("CNES manages the Lyra satellite's operations from Toulouse.", ("Lyra", "operatedBy", "CNES")),
])
def test_stakes_runs_operations(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


def test_stakes_operations_of_a_thing_that_is_no_craft(read):
    """"NASA manages the operations of its headquarters": no craft, no operator."""
    facts = triples(read("NASA manages the operations of the Kestrel Foundation."))
    assert not any(p == "operatedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, craft, agencies", [
    ("On 3 May, ESA and JAXA signed an agreement on the Hera mission.", "Hera", {"ESA", "JAXA"}),
    ("CNES and ISRO concluded an arrangement for the Kestrel satellite in Paris on 2 June.", "Kestrel",
     {"CNES", "ISRO"}),
    ("An agreement on the Vela probe was signed by KARI and NASA on 12 April.", "Vela", {"KARI", "NASA"}),
])
def test_stakes_agreement_signatories_contribute(read, text, craft, agencies):
    facts = triples(read(text))
    assert {(a, "contributesTo", craft) for a in agencies} <= facts, facts


def test_stakes_agreement_on_a_list_gives_no_stake(read):
    """An agreement covering several satellites says less of each: no contribution inferred."""
    facts = triples(read("EUMETSAT and ESA signed an agreement covering the Sentinel-3C and Sentinel-3D "
                         "satellites."))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, facts_wanted", [
    ("The Vela orbiter is developed and operated by ESA.", {("Vela", "providedBy", "ESA"),
                                                           ("Vela", "operatedBy", "ESA")}),
    ("The Lyra satellite, too, is built and operated by CNES.", {("Lyra", "providedBy", "CNES"),
                                                   ("Lyra", "operatedBy", "CNES")}),
    ("Hera, a mission headed by ESA, will study Didymos.", {("Hera", "operatedBy", "ESA")}),
    ("The Kestrel mission, spearheaded by ISRO, will map the monsoon.",
     {("Kestrel", "operatedBy", "ISRO")}),
])
def test_stakes_coordinated_passives_and_headed_by(read, text, facts_wanted):
    facts = triples(read(text))
    assert facts_wanted <= facts, facts


def test_stakes_a_person_heads_no_mission(read):
    """"headed by Dr Vega": a person is no operator."""
    facts = triples(read("The Vela mission, headed by Dr Anna Vega, will study Venus."))
    assert not any(p == "operatedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, craft, agencies", [
    ("NASA and ISRO are building the joint Vela mission.", "Vela", {"NASA", "ISRO"}),
    ("The ISRO Chairman praised the long cooperation of NASA and ISRO, from the first sounding rocket to the "
     "forthcoming joint Kestrel mission.", "Kestrel", {"NASA", "ISRO"}),
    ("CNES and DLR will operate the bilateral Lyra satellite.", "Lyra", {"CNES", "DLR"}),
])
def test_stakes_joint_craft(read, text, craft, agencies):
    facts = triples(read(text))
    assert {(a, "contributesTo", craft) for a in agencies} <= facts, facts


def test_stakes_joint_craft_needs_two_parties(read):
    """"ESA presented the joint Vela mission": one agency named, no one to say it is joint with."""
    facts = triples(read("ESA presented the joint Vela mission."))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts


def test_stakes_helping_to_control_is_no_operating(read):
    """"ESA will help with controlling the spacecraft": a helper does not run the craft."""
    facts = triples(read("The agreement makes it possible for ESA to help with tracking and controlling the Lyra "
                         "spacecraft."))
    assert not any(p == "operatedBy" for _, p, _ in facts), facts
    assert ("Lyra", "operatedBy", "ESA") in triples(read("ESA will control the Lyra spacecraft."))
