"""Where a launch left from when the launch noun is the subject (rules/launch_places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

D = dt.date(2025, 10, 8)


@pytest.mark.parametrize("text, site", [
    ("The Wren-3 satellite was launched on 3 October 2025. The launch took place from the ELA-4 launch complex.",
     "ELA-4"),
    ("The Wren-3 probe was launched on 3 October 2025. Liftoff occurred from the Tanegashima Space Center.",
     "Tanegashima Space Center"),
])
def test_rules_launch_places_took_place_from_is_the_launch_site(read, text, site):
    t = triples(read(text, date=D))
    assert any(s.startswith("launch") and p == "launchSite" and o == site for s, p, o in t), t
    assert ("Wren-3", "launchSite", site) in t, t  # the craft launched from there too (infer:launch-site-shared)


def test_rules_launch_places_a_meeting_from_somewhere_is_no_launch(read):
    t = triples(read("The meeting took place from the ELA-4 launch complex on 3 October 2025.", date=D))
    assert not any(p == "launchSite" for s, p, o in t), t


def test_rules_launch_places_from_a_time_gives_no_site(read):
    t = triples(read("The Wren-3 satellite was launched on 3 October 2025. The launch took place from 10:00.", date=D))
    assert not any(p == "launchSite" for s, p, o in t), t
