"""A known craft (a spacecraft the knowledge base does not call a mission) launched from a site flies a mission
from there, as an unknown one does (context.add). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_a_known_craft_launched_from_a_site(read):
    got = triples(read("The Orion spacecraft was launched from the Kennedy Space Center on 3 March.", date=_DAY))
    assert ("Orion", "launchSite", "Kennedy Space Center") in got, got
