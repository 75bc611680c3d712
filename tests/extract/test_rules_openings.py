"""One opening told twice (rules/openings.py), on sentences written for these tests: "KARI opened a ground
station in Jeju on 4 April. The station was inaugurated by the minister"."""

import datetime as dt

from ..helpers import triples


def _openings(x):
    return [e for e in x.entities.values() if "Event" in e.classes and not e.named]


def test_rules_openings_inaugurated_by_joins_the_opening(read):
    x = read("KARI opened a new ground station in Jeju on 4 April. The station was inaugurated by the Minister of "
             "Science, Kim Sora.", date=dt.date(2025, 4, 7))
    t = triples(x)
    ev = _openings(x)
    assert len(ev) == 1, "one opening"
    assert {(ev[0].label, "participant", "KARI"), (ev[0].label, "participant", "Kim Sora")} <= t


def test_rules_openings_the_person_beside_the_title_takes_part(read):
    x = read("CNES unveiled a new clean room in Toulouse on 3 March. The room was dedicated by the CNES President, "
             "Paul Durand.", date=dt.date(2025, 3, 6))
    ev = _openings(x)
    assert len(ev) == 1 and (ev[0].label, "participant", "Paul Durand") in triples(x)


def test_rules_openings_another_noun_is_another_thing(read):
    x = read("KARI opened a new ground station in Jeju on 4 April. The laboratory was inaugurated by the Minister "
             "of Science, Kim Sora.", date=dt.date(2025, 4, 7))
    assert not any(p == "participant" and o == "Kim Sora" for _, p, o in triples(x))


def test_rules_openings_too_far_back_is_not_the_same(read):
    x = read("KARI opened a new ground station in Jeju on 4 April. It has two antennas. Engineers tested them in "
             "May. They found no fault. The station was inaugurated by the Minister of Science, Kim Sora.",
             date=dt.date(2025, 6, 7))
    assert not any(p == "participant" and o == "Kim Sora" for _, p, o in triples(x))
