"""Who carries out or backs an occurrence (rules/performers.py), on sentences written for these tests."""

import datetime as dt

from ..helpers import triples


def _events(x, label):
    return [e for e in x.entities.values() if "Event" in e.classes and not e.named and e.label.startswith(label)]


def test_rules_performers_carried_out_by_takes_part(read):
    x = read("The Pika capsule landed near Woomera on 3 May. The recovery of the capsule was carried out by the "
             "Chilean Air Force.", date=dt.date(2025, 5, 6))
    rec = _events(x, "recovery")
    assert rec and (rec[0].label, "participant", "Chilean Air Force") in triples(x)


def test_rules_performers_the_recovery_is_the_one_told_of(read):
    x = read("KASA recovered the Pika capsule near Woomera on 3 May. The recovery was supported by the Chilean Air "
             "Force.", date=dt.date(2025, 5, 6))
    t = triples(x)
    rec = _events(x, "recover")
    assert len(rec) == 1, "one recovery"
    assert {(rec[0].label, "participant", "KASA"), (rec[0].label, "participant", "Chilean Air Force")} <= t


def test_rules_performers_active_support_of_a_transport(read):
    x = read("Orbitec Systems organised the transport of the Lyra-4 satellite to Kourou on 3 May.",
             date=dt.date(2025, 5, 6))
    tr = _events(x, "transport")
    assert tr and (tr[0].label, "participant", "Orbitec Systems") in triples(x)


def test_rules_performers_no_occurrence_no_participant(read):
    t = triples(read("The Council of KASA supported the proposal of the Chilean Air Force."))
    assert not any(p == "participant" for _, p, _ in t)


def test_rules_performers_a_launch_is_the_craft_s(read):
    t = triples(read("The launch of the Pika probe was performed by Arianespace on 3 May."))
    assert not any(p == "participant" and o == "Arianespace" for _, p, o in t)
