"""A craft launched "for" (or "on behalf of") an organization is run by it: "Halvik Launch Systems will launch the
Lumo-2 satellite for ESA in 2027", "Falkor-9 placed Sentra-7 into a geostationary transfer orbit for Helion
Communications" (rule frame:launched-for, lexicon LAUNCH_VERBS, LIFT_VERBS, BEHALF_PHRASES). The launch provider
is no operator, and "for the first time" or "for the Kelmar programme" name no customer. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner", [
    ("Halvik Launch Systems will launch the Lumo-2 satellite for ESA in 2027.", "Lumo-2", "ESA"),
    ("Falkor-9 placed Sentra-7 into a geostationary transfer orbit for Helion Communications.", "Sentra-7",
     "Helion Communications"),
    ("The Zephra-1 rocket launched the Lumo-2 satellite on behalf of EUMETSAT on 4 May 2026.", "Lumo-2", "EUMETSAT"),
    ("The Lumo-2 satellite was launched for ESA on a Zephra-1 rocket.", "Lumo-2", "ESA"),
])
def test_a_craft_launched_for_a_customer_is_run_by_it(read, text, craft, owner):
    got = triples(read(text))
    assert (craft, "operatedBy", owner) in got, got


def test_the_provider_is_no_operator(read):
    got = triples(read("Halvik Launch Systems will launch the Lumo-2 satellite for ESA in 2027."))
    assert ("Lumo-2", "operatedBy", "Halvik Launch Systems") not in got, got


@pytest.mark.parametrize("text", [
    "The Zephra-1 rocket launched the Lumo-2 satellite for the first time on 4 May 2026.",
    "The Zephra-1 rocket launched the Lumo-2 satellite for the Kelmar programme.",
])
def test_no_customer_no_operator(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" and s == "Lumo-2" for s, p, _ in got), got
