"""Launches and deliveries, on sentences written for these tests: the site after a launcher whose phrase the
parser hangs on the launch's date is the launch's site ("lifted off at 10:32 CET on 3 May aboard a Vega-C rocket
from Europe's Spaceport": frame:launched-from); who delivers a thing to a world only carries it; a part of a
described whole is labelled once."""

from __future__ import annotations

from ..helpers import triples


def test_the_site_after_a_launcher_hung_on_the_date(read):
    found = triples(read("The Kestrel satellite lifted off at 10:32 CET on 3 May aboard a Vega-C rocket from "
                         "Europe's Spaceport."))
    assert ("Kestrel", "launchSite", "Guiana Space Centre") in found, found


def test_who_delivers_a_thing_to_a_world_carries_it_and_makes_nothing(read):
    # (frame:deliver: a "to" phrase naming a celestial body, or a body's part by its adjective)
    for text in ("NASA selected Firefly Aerospace to deliver the instruments to the lunar surface in 2027.",
                 "Firefly will deliver the Kestrel rover to the Moon in 2027."):
        found = triples(read(text))
        assert not any(p == "providedBy" for _, p, _ in found), found
    assert ("Kestrel", "providedBy", "OHB") in triples(read("OHB delivered the Kestrel satellite to ESA in May."))


def test_a_part_of_a_described_whole_is_labelled_once(read):
    # (labels:described: the whole's own label is finished first)
    got = read("The spacecraft is equipped with a camera provided by the Italian Space Agency (ASI).")
    assert any(e.label == "camera of spacecraft [t]" for e in got.entities.values()), \
        [e.label for e in got.entities.values()]
