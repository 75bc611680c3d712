"""frame:launched-from: a launch site told by its noun alone ("the new launch pad") and hung on a rider of the
launch ("along with three small satellites from the new launch pad in Kourou") is the launch's site, as a named
spaceport there is. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, site", [
    ("Vega-C launched Kite-1 along with three small satellites from the new launch pad in Kourou on 3 May 2026.",
     "Kite-1", "new launch pad"),
    ("The Tarvos rocket launched Orla-2 together with two CubeSats from the second launch complex at Halden on "
     "3 May 2026.", "Orla-2", "second launch complex"),
])
def test_a_site_told_by_its_noun_on_a_rider_is_the_launch_site(read, text, craft, site):
    got = {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    assert (craft, "launchSite", site) in got, got


def test_a_country_a_rider_comes_from_is_no_site(read):
    got = triples(read("Vega-C launched Kite-1 along with three satellites from Germany on 3 May 2026."))
    assert not any(p == "launchSite" for _, p, _ in got), got
