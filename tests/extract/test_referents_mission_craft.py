""""The Halvard mission ... The spacecraft will be built by X": a craft noun takes back the named mission in
view when no craft is told of (a mission and its craft share a name), never a programme of many craft."""

import pytest


def _facts(ex):
    label = {k: e.label.split(" [")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, fact", [
    ("The Halvard mission will study the ionosphere. The spacecraft will be built by Kongsberg Nanosat.",
     ("Halvard", "providedBy", "Kongsberg Nanosat")),
    ("ESA selected the Vireo mission in March. The satellite will be operated by EUMETSAT.",
     ("Vireo", "operatedBy", "EUMETSAT")),
    ("The Kestrel mission will map the lunar south pole. The probe will be launched by an Ariane 6 rocket.",
     ("Kestrel", "launchVehicle", "Ariane 6")),
])
def test_a_craft_noun_takes_back_the_mission_in_view(read, text, fact):
    assert fact in _facts(read(text))


def test_a_craft_told_of_wins_over_the_mission(read):
    facts = _facts(read("The Halvard mission will use the Tessa satellite. The spacecraft will be built by OHB."))
    assert ("Tessa", "providedBy", "OHB") in facts and ("Halvard", "providedBy", "OHB") not in facts


def test_a_programme_is_not_one_craft(read):
    facts = _facts(read("The Blue Planet programme includes three missions. The satellite will be built by OHB."))
    assert not any(s == "Blue Planet" and p == "providedBy" for s, p, _ in facts)
