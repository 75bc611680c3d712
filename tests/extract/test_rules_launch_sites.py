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


@pytest.mark.parametrize("text, site", [
    ("The Vela 3 satellite was launched on a Vega-C rocket from Europe's Spaceport on 9 April.", "Guiana Space Centre"),
    ("The Nova spacecraft lifted off on 2 May on a Falcon 9 rocket from Cape Canaveral Space Force Station.",
     "Cape Canaveral Space Force Station"),
])
def test_launch_sites_from_hung_on_the_rocket_is_the_launch_site(read, text, site):
    """The parser often attaches "from <site>" to the rocket ("on a Vega-C rocket from Kourou")."""
    got = {(p, o) for s, p, o in triples(read(text)) if s.startswith("launch")}
    assert ("launchSite", site) in got, got


def test_launch_sites_from_a_rockets_maker_is_no_site(read):
    got = triples(read("Vela 3 was launched on 9 April on a rocket from SpaceX."))
    assert not any(p == "launchSite" for _, p, _ in got), got


@pytest.mark.parametrize("text, craft, met", [
    ("The Vela cargo craft arrived at the International Space Station on 11 August.", "Vela",
     "International Space Station"),
    ("The Nova capsule docked at the Tiangong space station on 3 May.", "Nova", "Tiangong"),
])
def test_launch_sites_arrival_at_a_station_has_both_craft(read, text, craft, met):
    got = {o for s, p, o in triples(read(text)) if p == "participant"}
    assert {craft, met} <= got, got


def test_launch_sites_a_town_launched_from_is_where_the_launch_was(read):
    """"from Kourou": a town is no launch site (a facility is); the launch was there."""
    got = triples(read("The Vela 3 satellite will be launched on 4 May 2027 on an Ariane 6 from Kourou."))
    assert any(s.startswith("launch") and p == "locatedIn" and o == "Kourou" for s, p, o in got), got
    assert not any(p == "launchSite" and o == "Kourou" for _, p, o in got), got
