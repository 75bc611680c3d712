"""What the knowledge base knows between two things a release names joins the release's graph
(rules/known_facts.py): a part, a place, a launch site, a destination; not who acts, not a destination on Earth, not
where the text gives a value itself. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _read(read, text: str) -> set[tuple[str, str, str]]:
    return triples(read(text, date=_DAY, publisher="CNES"))


def test_a_known_part_and_destination(read):
    got = _read(read, "The instrument team met in Toulouse. JunoCam has sent new images of Jupiter's poles, and the "
                      "Juno team will publish them in May.")
    assert ("JunoCam", "partOf", "Juno") in got, got
    assert ("Juno", "target", "Jupiter") in got, got
    assert ("Toulouse", "locatedIn", "France") not in got, got  # France is not named


def test_a_town_in_a_country_both_named(read):
    got = _read(read, "France and India held talks in Bengaluru on 3 March. India will host the next round.")
    assert ("Bengaluru", "locatedIn", "India") in got, got


def test_a_launch_site_of_a_launcher(read):
    got = _read(read, "The satellite will fly on a Vega-C. Vega-C rockets lift off from the Guiana Space Centre, "
                      "which CNES runs.")
    assert ("Vega-C", "launchSite", "Guiana Space Centre") in got, got


def test_no_operator_and_no_home_world(read):
    got = _read(read, "The Columbus laboratory of the International Space Station is ten years old. GOSAT marked "
                      "ten years in orbit last month. Earth has warmed by a degree.")
    assert ("Columbus", "partOf", "International Space Station") in got, got
    assert not any(s == "Columbus" and p == "operatedBy" for s, p, o in got), got
    assert not any(s == "GOSAT" and p == "target" for s, p, o in got), got


def test_the_text_gives_its_own_value(read):
    got = _read(read, "Mars Express flew past Deimos on 3 March. Mars is red.")
    assert ("Mars Express", "target", "Deimos") in got, got
    assert ("Mars Express", "target", "Mars") not in got, got
