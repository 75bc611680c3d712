""""NASA leads the mission in partnership with ESA": the parser hangs "in partnership" on the object, yet
"the mission" is still the one told of (tree.aside: an "in" phrase of lexicon COOPERATION_NOUNS says how the
deed is done, not which mission). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("phrase", ["in partnership with ESA", "in cooperation with ESA"])
def test_the_mission_led_in_partnership_is_the_one_told_of(read, phrase):
    x = read(f"The Vela telescope was launched in 2023. NASA leads the mission {phrase}.")
    assert ("Vela", "operatedBy", "NASA") in _rels(x), _rels(x)


def test_a_mission_of_another_phrase_is_a_new_one(read):
    x = read("The Vela telescope was launched in 2023. NASA leads the mission of the Halden lander.")
    assert ("Vela", "operatedBy", "NASA") not in _rels(x), _rels(x)
