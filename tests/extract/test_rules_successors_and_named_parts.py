"""A craft's successor named after it ("Aeolus-2"), no part of it; a part described, then named in apposition
("a single instrument, the ALADIN wind lidar"): on sentences written for them."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_rules_a_numbered_successor_is_a_craft_of_the_series(read):
    x = read("ESA's Aeolus wind mission ended in 2023. Its successor, Aeolus-2, is being developed jointly by ESA "
             "and EUMETSAT.")
    assert classes_of(x, "Aeolus-2"), triples(x)
    assert ("EUMETSAT", "contributesTo", "Aeolus-2") in triples(x)


def test_rules_a_successor_is_no_part(read):
    facts = triples(read("ESA's Aeolus wind mission ended in 2023. Its successor, Aeolus-2, will fly in 2032."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_rules_a_part_named_in_apposition_is_the_named_part(read):
    facts = triples(read("Aeolus carried a single instrument, the ALADIN Doppler wind lidar, built by Airbus."))
    parts = {s for s, p, o in facts if p == "partOf" and o == "Aeolus"}
    assert parts and all(s.startswith("ALADIN") for s in parts), facts
