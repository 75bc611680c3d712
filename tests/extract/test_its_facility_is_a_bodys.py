""""its" owning a facility or a seat ("its ground station", "its headquarters") is a body's, not the craft named
between the body and "its" (owned_seats.py). Other things "its" owns stay the latest thing's. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("The Zeltan National Meteorological Service will receive data from Meteora-3 at its ground station in Brask.",
     "Zeltan National Meteorological Service"),
    ("The Kelmar Space Agency will receive images from the Orvex-2 satellite at its headquarters in Brask.",
     "Kelmar Space Agency"),
])
def test_its_facility_is_the_bodys(read, text, body):
    got = triples(read(text))
    assert any(p == "operatedBy" and o == body for s, p, o in got), sorted(got)


def test_its_instrument_stays_the_crafts(read):
    got = triples(read("The Kelmar Space Agency built the Orvex-2 satellite and its Fenn radar."))
    assert not any(s == "Fenn" and o == "Kelmar Space Agency" and p == "partOf" for s, p, o in got), sorted(got)
    assert ("Fenn", "partOf", "Orvex-2") in got, sorted(got)
