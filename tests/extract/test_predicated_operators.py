""""Vela is a mission of ESA": a craft or mission noun after "is" with an "of" agency says who runs the
subject (rules/predicated_owners.py dep:predicated-operator). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("text, craft, owner", [
    ("Vela is a mission of ESA.", "Vela", "ESA"),
    ("The Vela telescope is a mission of the Norvik Space Agency.", "Vela", "Norvik Space Agency"),
    ("The Lumen probe is a spacecraft of the Kestrel Space Agency.", "Lumen", "Kestrel Space Agency"),
])
def test_a_mission_of_an_agency_after_is_is_run_by_it(read, text, craft, owner):
    assert (craft, "operatedBy", owner) in _rels(read(text)), _rels(read(text))


@pytest.mark.parametrize("text", ["Vela is a satellite of Airbus.", "Vela is a mission of discovery.",
                                  "ESA is a partner of the Vela mission."])
def test_no_operator_from_a_company_a_field_or_a_partner(read, text):
    assert not any(p == "operatedBy" for _, p, _ in _rels(read(text))), _rels(read(text))
