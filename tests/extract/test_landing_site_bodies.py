"""A craft that landed at a site described on a body ("in Halden Crater on Mars", "near the south pole of the
Moon") landed on that body, and its landing is an event; a site on Earth, or a site with no body, gives no
landedOn (rules/landing_sites.py). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("text, craft, body", [
    ("The Tamarin rover landed in Halden Crater on Mars on 14 January 2025.", "Tamarin", "Mars"),
    ("The Vela lander set down near the south pole of the Moon.", "Vela", "Moon"),
    ("The Osprey lander touched down inside Veyra Crater on Mars.", "Osprey", "Mars"),
])
def test_a_landing_site_on_a_body_is_a_landing_on_it(read, text, craft, body):
    x = read(text)
    assert (craft, "landedOn", body) in _rels(x), _rels(x)
    assert any(r.predicate == "participant" and x.entities[r.object].label == craft
               and "Landing" in x.entities[r.subject].classes for r in x.relations), _rels(x)


@pytest.mark.parametrize("text", [
    "The Orion capsule landed in the Pacific Ocean off the coast of Baja California on Earth.",
    "The Vela lander set down near the base camp of the Nordvik team.",
])
def test_a_site_without_another_world_gives_no_landed_on(read, text):
    x = read(text)
    assert not any(p == "landedOn" for _, p, _ in _rels(x)), _rels(x)
