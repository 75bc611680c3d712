"""A craft passing a body ("flew past Venus", "swung by Earth", "flew by Mars") is a flyby: an event of the craft,
no launch, and a body other than Earth it targets (rules/flybys.py, lexicon PASS_VERBS and PASSING_WORDS).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


def _event_classes(x, craft: str) -> set[str]:
    """Classes of the events ``craft`` takes part in."""
    return {c for r in x.relations if r.predicate == "participant" and x.entities[r.object].label == craft
            for c in x.entities[r.subject].classes}


@pytest.mark.parametrize("text, craft, body", [
    ("The Nordvik agency said its Kestrel probe flew past Venus on 10 March.", "Kestrel", "Venus"),
    ("The Zephyr orbiter flew by Mars in 2029.", "Zephyr", "Mars"),
    ("The Lumio spacecraft swung past Jupiter last year.", "Lumio", "Jupiter"),
])
def test_a_flyby_targets_the_body_and_is_an_event_not_a_launch(read, text, craft, body):
    x = read(text)
    assert (craft, "target", body) in _rels(x), _rels(x)
    assert _event_classes(x, craft) == {"Event"}, _event_classes(x, craft)


def test_a_flyby_of_earth_is_an_event_without_a_target(read):
    x = read("The Kestrel probe swung by Earth on 4 May.")
    assert not any(p == "target" for _, p, _ in _rels(x)), _rels(x)
    assert _event_classes(x, "Kestrel") == {"Event"}


def test_a_launch_is_still_a_launch(read):
    x = read("The Kestrel probe flew on a Corvid rocket from Andøya on 4 April.")
    assert not any(p == "target" for _, p, _ in _rels(x)), _rels(x)
