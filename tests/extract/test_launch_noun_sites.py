"""The site of a launch told through its noun ("scheduled for launch on a Vireo rocket from X", rules/actions.py):
the parser hangs "from X" on the rocket; it is the launch's site. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, site", [
    ("Vela-5 is scheduled for launch on a Vireo rocket from the Santa Maria spaceport in 2028.", "Vela-5",
     "Santa Maria"),
    ("The Orla-2 satellite is planned for launch aboard a Zephyr rocket from the Andoya Spaceport in 2027.",
     "Orla-2", "Andoya Spaceport"),
])
def test_a_site_hung_on_the_rocket_of_a_launch_noun_is_the_launch_site(read, text, craft, site):
    got = triples(read(text))
    assert (craft, "launchSite", site) in got, sorted(got)


def test_a_rocket_built_in_a_town_gives_no_site(read):
    got = triples(read("Vela-5 is scheduled for launch on a Vireo rocket built by Atlantis Rockets in 2028."))
    assert not [x for x in got if x[1] == "launchSite"], sorted(got)
