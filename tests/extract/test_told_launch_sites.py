"""A launch site told by its noun, with no name ("launched from the spaceport in Kourou", "from its launch pad at
Halden"): the launch and the craft have it as their site, and it lies where its phrase says. A noun of another
facility is no launch site ("flown from the operations centre": a craft is operated from there), nor is a place
("launched from Germany"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, site, place", [
    ("The Orla-7 satellite was launched on 12 January from the launch pad at Halden.", "Orla-7", "launch pad",
     "Halden"),
    ("The Nova-2 probe lifted off from the spaceport in Kourou on 3 February.", "Nova-2", "spaceport", "Kourou"),
    ("The Vela Space Agency launched the Orla-8 satellite from its cosmodrome near Torvik on 4 March.", "Orla-8",
     "cosmodrome", None),
])
def test_a_site_told_by_its_noun(read, text, craft, site, place):
    found = triples(read(text))
    sites = {o for s, p, o in found if p == "launchSite" and s == craft}
    assert any(o.startswith(site) for o in sites), sorted(found)
    assert any(s.startswith("launch (") and p == "launchSite" and o.startswith(site) for s, p, o in found), found
    if place is not None:
        assert any(s.startswith(site) and p == "locatedIn" and o == place for s, p, o in found), sorted(found)


@pytest.mark.parametrize("text", [
    "The probe will be flown from a new operations centre in Darmstadt.",
    "The Orla-6 satellite was launched from Germany in 2024.",
])
def test_no_site_of_another_noun(read, text):
    found = triples(read(text))
    assert not any(p == "launchSite" for _, p, _ in found), sorted(found)
