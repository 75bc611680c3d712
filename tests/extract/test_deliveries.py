""""Orbix delivered the Halo camera to ESA on 3 May", "the camera is to be delivered to ESA on 3 May": the delivered
instrument takes part in its delivery (the ontology's pk:participant admits instruments), and "is to be delivered" is
a passive whose patient is the subject of "is" (frames._inherit); a transport planned with no day ("is to be shipped
to X") is no event yet (rules/occurrences.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Orbix delivered the Halo camera to ESA on 3 May.",
    "The Halo camera is to be delivered to ESA on 3 May.",
])
def test_the_delivered_instrument_takes_part(read, text):
    facts = triples(read(text))
    parts = {o for s, p, o in facts if p == "participant" and s.startswith("deliver")}
    assert {"Halo", "ESA"} <= parts and ("Halo", "deliveredTo", "ESA") in facts, facts


def test_a_transport_planned_with_no_day_is_no_event(read):
    got = read("The Kelvo capsule landed in the desert on 3 May. The recovered capsule is to be shipped to the "
               "Orvik Space Centre in Tarvik.")
    assert not any(e.label.startswith("ship") for e in got.entities.values()), triples(got)


def test_a_transport_with_a_day_is_an_event(read):
    got = read("The Kelvo capsule landed in the desert on 3 May. The capsule will be shipped to the Orvik Space "
               "Centre in Tarvik on 10 May.")
    assert any(e.label.startswith("ship") for e in got.entities.values()), triples(got)


def test_to_be_delivered_by_a_flight_is_still_done_to_the_subject(read):
    facts = triples(read("The Kelvarm arm is to be delivered to the Orsa station in 2026 by a supply flight."))
    assert any(s.startswith("deliver (2026)") and p == "participant" and o == "Kelvarm" for s, p, o in facts), facts
