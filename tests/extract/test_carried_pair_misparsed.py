"""Two things a craft carries, each with its maker ("Vela-3 will carry a drill provided by A and a mass
spectrometer built by B"): the parser joins the second to A; a common noun with its own determiner so joined is
carried too (rules/payloads.py). A second maker joined to the first stays a maker. Sentences written for these
tests."""

from __future__ import annotations

from ..helpers import triples


def test_both_things_carried_are_parts_of_the_craft(read):
    got = triples(read("Vela-3 will carry a drill provided by the Orla Institute and a mass spectrometer built by "
                       "Kestrel Labs."))
    parts = {s for s, p, o in got if p == "partOf" and o == "Vela-3"}
    assert len(parts) == 2, sorted(got)
    assert any(p == "providedBy" and o == "Kestrel Labs" and s in parts for s, p, o in got), sorted(got)


def test_two_makers_of_one_thing_stay_makers(read):
    got = triples(read("Vela-3 will carry a drill provided by the Orla Institute and the Korvan Space Agency."))
    assert len({s for s, p, o in got if p == "partOf"}) == 1, sorted(got)
    assert any(p == "providedBy" and o == "Korvan Space Agency" for s, p, o in got), sorted(got)
