"""A craft that joins or takes part in an event takes part in it (rules/craft_in_events.py, lexicon
CONTRIBUTE_VERBS): the probes and telescopes of an observation campaign. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


def _events_of(x, craft: str) -> set[str]:
    """Classes of the events ``craft`` takes part in."""
    return {c for r in x.relations if r.predicate == "participant" and x.entities[r.object].label == craft
            for c in x.entities[r.subject].classes}


@pytest.mark.parametrize("text, crafts", [
    ("The Lumen probe and the Aurora Deep telescope joined the campaign.", ["Lumen", "Aurora Deep"]),
    ("The Brightwater probe took part in the observation campaign.", ["Brightwater"]),
    ("The Kestrel orbiter participated in the observation campaign.", ["Kestrel"]),
])
def test_a_craft_that_joins_a_campaign_takes_part_in_it(read, text, crafts):
    x = read(text)
    for craft in crafts:
        assert _events_of(x, craft) == {"Campaign"}, _rels(x)


def test_a_craft_that_joins_a_mission_takes_part_in_no_event(read):
    x = read("The Kestrel orbiter joined the Vela mission.")
    assert _events_of(x, "Kestrel") == set(), _rels(x)


def test_a_craft_that_joins_nothing_it_is_in_takes_part_in_nothing(read):
    x = read("The Kestrel orbiter joined the Tamsin lander in orbit around Mars.")
    assert _events_of(x, "Kestrel") == set(), _rels(x)
    assert _events_of(x, "Tamsin") == set(), _rels(x)
