"""A craft that uses something to reach or study a body ("the probe used a gravity assist from Venus to reach
Mercury") targets that body: the purpose clause's subject is the user's when the used thing is no craft (rule
frame:target). Someone else using something names no craft. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _targets(x) -> set[tuple[str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], lab[r.object]) for r in x.relations if r.predicate == "target"}


@pytest.mark.parametrize("text, craft, body", [
    ("The Lumio probe used a gravity assist from Venus to reach Mercury.", "Lumio", "Mercury"),
    ("The Corvo probe will use a Venus gravity assist to reach Mercury in 2031.", "Corvo", "Mercury"),
])
def test_a_craft_that_uses_a_means_to_reach_a_body_targets_it(read, text, craft, body):
    assert (craft, body) in _targets(read(text)), _targets(read(text))


def test_a_team_that_uses_data_to_map_a_body_gives_no_target(read):
    x = read("The Kestrel probe reached orbit last year. The Nordvik team used its data to map Mars.")
    assert ("Kestrel", "Mars") not in _targets(x) and not any(b == "Mars" for _, b in _targets(x)), _targets(x)
