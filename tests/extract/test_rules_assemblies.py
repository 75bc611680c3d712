"""Gatherings worded as people coming together (rules/assemblies.py, coalitions.py), on sentences written
for these tests: "experts from A and B met in Tokyo for a workshop", "the delegations convened in Vienna on
<date>", "the symposium brought together engineers of A and B"."""

import datetime as dt

from ..helpers import triples


def test_rules_assemblies_met_for_a_workshop_is_the_workshop(read):
    x = read("Experts from JAXA and NASA met in Tokyo on 3 May for a workshop on lunar dust.",
             date=dt.date(2025, 5, 6))
    t = triples(x)
    workshop = [e for e in x.entities.values() if e.label.startswith("workshop")]
    assert workshop, "the workshop is the gathering"
    w = workshop[0].label
    assert {(w, "participant", "JAXA"), (w, "participant", "NASA"), (w, "locatedIn", "Tokyo")} <= t
    assert not [e for e in x.entities.values() if e.label.startswith("meeting")], "no second event"
    assert any(d.subject == workshop[0].key and d.value == "2025-05-03" for d in x.dates)


def test_rules_assemblies_convened_in_a_town_on_a_date_is_a_meeting(read):
    x = read("Representatives of KARI, ISRO and CNES convened in Vienna on 12 June.", date=dt.date(2025, 6, 20))
    t = triples(x)
    meeting = [e for e in x.entities.values() if "Meeting" in e.classes and not e.named]
    assert meeting
    m = meeting[0].label
    assert {(m, "participant", "KARI"), (m, "participant", "ISRO"), (m, "participant", "CNES"),
            (m, "locatedIn", "Vienna")} <= t


def test_rules_assemblies_gathered_at_a_named_symposium(read):
    x = read("Delegations of KARI and ISRO gathered at the Vela Symposium in Seoul.")
    t = triples(x)
    assert ("Vela Symposium", "participant", "KARI") in t and ("Vela Symposium", "participant", "ISRO") in t


def test_rules_assemblies_conference_brought_together_agencies(read):
    x = read("The conference in Lima brought together engineers of JAXA and the Italian Space Agency.")
    t = triples(x)
    conf = [e for e in x.entities.values() if e.label.startswith("conference")]
    assert conf and (conf[0].label, "participant", "JAXA") in t and (conf[0].label, "participant", "ASI") in t


def test_rules_assemblies_a_craft_gathering_data_is_no_gathering(read):
    x = read("The Vela probe gathered data at Mars for a year, and ESA gathered the results for a report.")
    assert not any(p == "participant" for _, p, _ in triples(x))


def test_rules_assemblies_a_later_purpose_is_not_the_occasion(read):
    x = read("Officials of ESA and CNES met on Monday to prepare for the conference in Lima.",
             date=dt.date(2025, 3, 5))
    t = triples(x)
    assert not any(s.startswith("conference") and p == "participant" for s, p, _ in t)


def test_rules_assemblies_gathered_alone_tells_of_no_occasion(read):
    x = read("Engineers of ESA and CNES gathered.")
    assert not any(p == "participant" for _, p, _ in triples(x))
