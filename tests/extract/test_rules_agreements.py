"""Agreement parties, joint work, hyphened agents, targets and sentence dates, on sentences written for the tests."""

import datetime as dt

from ..helpers import triples


def _signatories(x):
    return {(x.entities[r.subject].label, x.entities[r.object].label) for r in x.relations
            if r.predicate == "signatory"}


def test_rules_agreements_possessive_and_with_are_parties(read):
    x = read("Brazil's agreement with ESA has been renewed.")
    signed = {o for _, o in _signatories(x)}
    assert {"Brazil", "ESA"} <= signed
    assert ("Brazil", "partnerOf", "ESA") in triples(x) or ("ESA", "partnerOf", "Brazil") in triples(x)


def test_rules_agreements_hyphened_pair_and_between(read):
    x = read("The CNES-DLR arrangement was praised. An accord between ISRO and JAXA followed.")
    signed = _signatories(x)
    assert {o for _, o in signed} >= {"CNES", "DLR", "ISRO", "JAXA"}
    assert len({s for s, _ in signed}) == 2  # two agreements, not one


def test_rules_agreements_one_party_is_not_enough(read):
    x = read("The agreement with our suppliers was praised.")
    assert not _signatories(x)


def test_rules_agreements_governments_sign_for_their_states(read):
    x = read("The memorandum was concluded by the Governments of Chile and of Peru in May 2019.")
    assert {o for _, o in _signatories(x)} >= {"Chile", "Peru"}


def test_rules_agreements_signed_by_one_with_others(read):
    x = read("On 11 May, a study contract was signed by CNES with Airbus Defence and Space and OHB.",
             date=dt.date(2021, 5, 12))
    assert {o for _, o in _signatories(x)} >= {"CNES", "Airbus Defence and Space", "OHB"}


def test_rules_agreements_finalized_and_working_together_on_a_craft(read):
    x = read("KASA and NASA have finalized an agreement under which the two sides will work together "
             "on the Lunar Gateway.")
    t = triples(x)
    assert {o for _, o in _signatories(x)} >= {"KASA", "NASA"}
    assert ("KASA", "partnerOf", "NASA") in t


def test_rules_inferences_jointly_contributes_and_partners(read):
    x = read("The Webb telescope is being carried out jointly by CSA, NASA and ESA.")
    t = triples(x)
    assert {s for s, p, o in t if p == "contributesTo"} == {"CSA", "NASA", "ESA"}
    assert ("CSA", "partnerOf", "NASA") in t


def test_rules_inferences_hyphened_agent(read):
    x = read("Juno is a NASA probe. This NASA-led mission carries a DLR-built magnetometer.")
    t = triples(x)
    assert ("Juno", "operatedBy", "NASA") in t
    assert any(p == "providedBy" and o == "DLR" for s, p, o in t)


def test_rules_inferences_orbiting_a_body_targets_it(read):
    x = read("The Tianwen-1 orbiter now orbits Mars.")
    t = triples(x)
    assert ("Tianwen-1", "orbits", "Mars") in t and ("Tianwen-1", "target", "Mars") in t


def test_rules_dating_an_undated_event_takes_its_sentences_only_date(read):
    x = read("On Thursday, the NASA Administrator came to Bengaluru, where he held a meeting with "
             "the ISRO Chairman.", date=dt.date(2023, 12, 1))
    meeting = next(e for e in x.entities.values() if "Meeting" in e.classes)
    assert any(d.subject == meeting.key and d.value == "2023-11-30" for d in x.dates)


def test_rules_agreements_passive_conjunct_keeps_its_patient(read):
    # the parser hangs "was signed" on "meant" as a conjunct: the contract is still what was signed
    x = read("On Monday 3 May, a detailed study contract meant to prepare future radar satellites for civil use "
             "was signed by CNES with OHB and Airbus.", date=dt.date(2021, 5, 4))
    assert {o for _, o in _signatories(x)} >= {"CNES", "OHB", "Airbus"}
