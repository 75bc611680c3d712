"""A carried craft's noun ("the capsule", "the lander") and things carried somewhere (transports)."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

D = dt.date(2025, 12, 8)


def _event_with(t, prop, obj):
    return {s for s, p, o in t if p == prop and o == obj}


def test_rules_carried_craft_the_capsule_is_the_capsule_not_the_mother_craft(read):
    t = triples(read("The Kestrel-4 spacecraft released its return capsule on 5 December. "
                     "The capsule landed in Woomera, Australia, on 6 December.", date=D))
    landings = _event_with(t, "locatedIn", "Woomera")
    assert landings and not any((e, "participant", "Kestrel-4") in t for e in landings), t
    assert any(p == "participant" and "capsule" in o for s, p, o in t if s in landings), t


def test_rules_carried_craft_a_lander_with_no_lander_before_takes_no_orbiter(read):
    t = triples(read("The Kestrel-4 orbiter reached Mars on 2 December. "
                     "The lander touched down near the crater on 7 December.", date=D))
    assert not any(p == "participant" and o == "Kestrel-4" and "land" in s for s, p, o in t), t


def test_rules_carried_craft_a_named_lander_is_taken_back(read):
    t = triples(read("The orbiter released the Pipit lander on 6 December. "
                     "The lander touched down in the crater on 7 December.", date=D))
    assert any(p == "participant" and o == "Pipit" and "land" in s for s, p, o in t), t


def test_rules_carried_craft_transport_to_a_facility_in_a_town_is_there(read):
    t = triples(read("The return capsule landed in Woomera on 6 December. The capsule was transported "
                     "to the curation facility in Sagamihara on 9 December.", date=D))
    assert any(p == "locatedIn" and o == "Sagamihara" and s.startswith("transport") for s, p, o in t), t


def test_rules_carried_craft_samples_flown_somewhere_are_a_transport(read):
    t = triples(read("The samples were flown to Tokyo on 8 December.", date=D))
    assert any(p == "locatedIn" and o == "Tokyo" for s, p, o in t), t


def test_rules_carried_craft_a_person_who_flies_somewhere_makes_no_transport(read):
    t = triples(read("The minister flew to Tokyo on 8 December.", date=D))
    assert not any(s.startswith("fly") for s, p, o in t), t


def test_rules_carried_craft_a_named_capsule_is_still_the_capsule(read):
    t = triples(read("The Tern capsule came down in the Woomera Prohibited Area on 6 December. "
                     "A JAXA team recovered the capsule on 7 December.", date=D))
    assert any(p == "participant" and o == "Tern" and s.startswith("recover") for s, p, o in t), t


def test_rules_carried_craft_a_capsule_never_told_of_is_a_new_one(read):
    t = triples(read("The Merlin-2 satellites will be built by Thales Alenia Space. "
                     "A recovery team from JAXA retrieved the capsule on 6 December.", date=D))
    recovered = {o for s, p, o in t if s.startswith("retrieve") and p == "participant"}
    assert "Merlin-2" not in recovered and any("capsule" in o for o in recovered), t


def test_rules_carried_craft_the_capsule_of_a_craft_lands(read):
    t = triples(read("WOOMERA, 6 December 2025 - The return capsule of the Kestrel-4 spacecraft landed in the "
                     "Woomera Prohibited Area on 6 December.", date=D))
    landings = {s for s, p, o in t if s.startswith("landing") and p == "participant" and "capsule" in o}
    assert landings, t


def test_rules_carried_craft_a_town_that_lands_makes_no_landing(read):
    t = triples(read("The Woomera team landed in Adelaide on 6 December.", date=D))
    assert not any(s.startswith("landing") for s, p, o in t), t
