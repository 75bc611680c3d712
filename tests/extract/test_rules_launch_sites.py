"""infer:launch-site-shared on sentences written for it: a launch's site is its craft's and its rocket's."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, site", [
    ("Liftoff of the Vela mission is set for April 13 2023, from the European Spaceport in Kourou.", "Vela",
     "European Spaceport"),
    ("The launch of the Zephyr satellite from the Tanegashima Space Center is planned for May.", "Zephyr",
     "Tanegashima Space Center"),
])
def test_rules_launch_site_from_the_launch_noun(read, text, craft, site):
    facts = triples(read(text))
    assert (craft, "launchSite", site) in facts, facts


def test_rules_launch_site_of_the_rocket(read):
    facts = triples(read("The Lyra spacecraft had been launched from the Tanegashima Space Center on "
                         "September 11, 2009, aboard the H-IIB rocket."))
    assert ("H-IIB", "launchSite", "Tanegashima Space Center") in facts, facts


def test_rules_launch_site_not_without_a_launch(read):
    """A craft merely shown at a spaceport was not launched from it."""
    facts = triples(read("The Vela satellite was shipped to the European Spaceport in Kourou in May."))
    assert not any(p == "launchSite" for _, p, _ in facts), facts
