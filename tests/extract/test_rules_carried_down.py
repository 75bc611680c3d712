"""frame:landed-carrying on sentences written for it: a craft a lander carries as it lands takes part in the
landing and lands on the same body; instruments, launchers' cargo and carried things of no landing do not."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Sisu lander touched down on Mars on 18 February 2026, carrying the Talin rover.", "Talin", "Mars"),
    ("The Kestrel lander landed on the Moon in May 2026 carrying the Tundra rover.", "Tundra", "Moon"),
    ("The Vela probe set down on Titan on 2 March 2030, carrying the Iguana rover.", "Iguana", "Titan"),
])
def test_carried_craft_lands_with_its_lander(read, text, craft, body):
    facts = triples(read(text))
    assert (craft, "landedOn", body) in facts, facts
    assert any(p == "participant" and o == craft and s.startswith("landing") for s, p, o in facts), facts


@pytest.mark.parametrize("text, absent", [
    ("The Kestrel lander landed on the Moon in May 2026 carrying the Pika drill.", "Pika"),  # an instrument
    ("The Corvo rocket lifted off on 3 May 2026 carrying the Kestrel satellite.", "Kestrel"),  # a launch
    ("The Sisu lander will carry the Talin rover to Mars.", "Talin"),  # no landing told of
])
def test_no_landing_for_instruments_cargo_of_launches_or_without_landing(read, text, absent):
    facts = triples(read(text))
    assert not any(s == absent and p == "landedOn" for s, p, _ in facts), facts
    assert not any(p == "participant" and o == absent and s.startswith("landing") for s, p, o in facts), facts
