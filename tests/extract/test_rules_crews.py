"""Crewed flight (rules/crews.py): a person put on a mission's crew works on the mission (frame:crew-assigned,
CREW_VERBS); a person who lands or comes back to Earth aboard a craft makes a landing of both
(frame:crew-landing, HOMECOMING_VERBS); what a person rides in is a craft, whose crew is a mission's
(type:ridden-craft). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, mission", [
    ("ESA astronaut Marco Belli has been named to the crew of the Vela-2 mission.", "Marco Belli", "Vela-2"),
    ("Astronaut Marco Belli was selected as flight engineer on Expedition 80.", "Marco Belli", "Expedition 80"),
    ("The Tarsis Space Agency assigned astronaut Hanna Berg to the Orion-7 mission.", "Hanna Berg", "Orion-7"),
    ("JAXA astronaut Kenji Mori will be assigned to Expedition 81.", "Kenji Mori", "Expedition 81"),
    ("The agency selected astronaut Paula Reyes for the Kestrel-4 crew.", "Paula Reyes", "Kestrel-4"),
])
def test_a_crew_member_works_on_the_mission(read, text, person, mission):
    got = triples(read(text))
    assert (person, "contributesTo", mission) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Astronaut Hanna Berg was assigned to the European Astronaut Centre.",
    "ESA named the Vela-2 mission after a star.",
    "Astronaut Hanna Berg was assigned to the mission control team in Houston.",
])
def test_no_mission_no_crew(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "contributesTo"], sorted(got)


def _landing(got: set[tuple[str, str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if s.startswith("landing"):
            out.setdefault(p, set()).add(o)
    return out


@pytest.mark.parametrize("text, who, place", [
    ("Piet Holm landed in Kazakhstan aboard Soyuz MS-29 on 3 April 2026.",
     {"Piet Holm", "Soyuz MS-29"}, "Kazakhstan"),
    ("NSA astronaut Piet Holm returned to Earth aboard the Soyuz MS-29 spacecraft on 3 April 2026.",
     {"Piet Holm", "Soyuz MS-29"}, None),
    ("Astronaut Karin Dahl and cosmonaut Oleg Antonov splashed down off the coast of Florida on 4 May 2026.",
     {"Karin Dahl", "Oleg Antonov"}, "Florida"),
])
def test_people_coming_home_make_a_landing(read, text, who, place):
    got = _landing(triples(read(text)))
    assert who <= got.get("participant", set()), got
    assert place is None or place in got.get("locatedIn", set()), got


@pytest.mark.parametrize("text", [
    "Astronaut Karin Dahl returned to Cologne on 4 May 2026.",
    "Astronaut Karin Dahl returned to the European Astronaut Centre after the mission.",
    "Astronaut Karin Dahl landed a job at Airbus in 2024.",
])
def test_no_flight_no_landing(read, text):
    got = _landing(triples(read(text)))
    assert "Karin Dahl" not in got.get("participant", set()), got


def test_what_a_person_lands_aboard_is_a_craft(read):
    ext = read("Piet Holm landed in Kazakhstan aboard Soyuz MS-29 on 3 April 2026.")
    assert classes_of(ext, "Soyuz MS-29") == {"Spacecraft"}


def test_a_crew_is_a_missions(read):
    ext = read("The agency selected astronaut Paula Reyes for the Kestrel-4 crew.")
    assert classes_of(ext, "Kestrel-4") == {"Mission"}


def test_a_surname_that_lands_is_the_person(read):
    ext = read("Astronaut Piet Holm returned to Earth on 3 April 2026. Holm landed in Kazakhstan.")
    assert classes_of(ext, "Holm") == set(), sorted(e.label for e in ext.entities.values())
    assert classes_of(ext, "Piet Holm") == {"Person"}


def test_one_homecoming_told_twice_is_one_landing(read):
    got = triples(read("Astronaut Piet Holm returned to Earth on 3 April 2026 after 186 days in orbit. Holm "
                       "landed in Kazakhstan aboard Soyuz MS-29 together with cosmonaut Oleg Antonov."))
    landings = {s for s, p, o in got if s.startswith("landing")}
    assert len(landings) == 1, sorted(got)
    assert {"Piet Holm", "Oleg Antonov", "Soyuz MS-29"} <= _landing(got).get("participant", set()), sorted(got)
    assert "Kazakhstan" in _landing(got).get("locatedIn", set()), sorted(got)


def test_a_surname_with_a_class_noun_is_a_thing_of_its_own(read):
    ext = read("Astronaut Piet Holm visited Kourou on 3 April 2026. The Holm satellite landed in Kazakhstan.")
    assert not [x for x in triples(ext) if x[0].startswith("landing") and x[2] == "Piet Holm"], sorted(triples(ext))


@pytest.mark.parametrize("text, person, mission", [
    ("Astronaut Erik Solberg will fly aboard the Crew Dragon Resolve on the Ax-6 mission to the International "
     "Space Station.", "Erik Solberg", "Ax-6"),
    ("Astronaut Erik Solberg will fly on the Ax-6 mission to the International Space Station in 2026.",
     "Erik Solberg", "Ax-6"),
    ("ESA astronaut Lea Moreau launched on the Kestrel-4 mission from Baikonur on 3 May 2025.", "Lea Moreau",
     "Kestrel-4"),
])
def test_a_person_flying_on_a_mission_works_on_it(read, text, person, mission):
    got = triples(read(text))
    assert (person, "contributesTo", mission) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Astronaut Erik Solberg flew on a Falcon 9 rocket in 2023.",
    "Astronaut Erik Solberg flew the Vela drone on the Kestrel-4 mission.",
    "ESA launched the Kestrel-4 mission on a Vega rocket in 2025.",
])
def test_no_persons_flight_no_crew(read, text):
    got = triples(read(text))  # (ESA launching takes part in the launch event: test_launch_providers)
    assert not [x for x in got if x[1] == "contributesTo" and not x[2].startswith("launch")], sorted(got)
