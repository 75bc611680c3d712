"""A cargo craft's arrival told with its name before its class noun: "its" in a phrase of the clause is the named
subject's, not the station it reached (possessors._own_subject); "the station" is the one so named rather than a
ground facility told of since (Context.definite); a stay ("will remain there until June") is no event (lexicon
ONGOING_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, rocket, station", [
    ("The Kelpra-4 cargo spacecraft arrived at the International Space Station on 4 March, two days after its "
     "launch on a Falcon 9 rocket.", "Kelpra-4", "Falcon 9", "International Space Station"),
    ("The Tessaly-2 supply ship docked with the Tiangong space station on 9 May, a day after its launch on a "
     "Long March 7 rocket.", "Tessaly-2", "Long March 7", "Tiangong"),
])
def test_its_launch_is_the_named_subjects(read, text, craft, rocket, station):
    found = triples(read(text))
    assert (craft, "launchVehicle", rocket) in found and (station, "launchVehicle", rocket) not in found, found
    launches = {s for s, p, o in found if p == "launchVehicle" and o == rocket and s != craft}
    assert not {(s, "participant", station) for s in launches} & found, found


def test_the_station_is_the_space_station_not_a_ground_centre(read):
    ex = read("The Kelpra-4 cargo spacecraft arrived at the International Space Station on 4 March. Controllers at "
              "the Johnson Space Center then berthed it to the Unity module. A spacewalk was held at the station on "
              "8 March.")
    found = triples(ex)
    assert not any(o == "Johnson Space Center" and p in ("participant", "locatedIn") for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "The Kelpra-4 spacecraft will remain at the International Space Station until June.",
    "The Kelpra-4 cargo spacecraft arrived at the International Space Station on 4 March. It will stay at the "
    "station until June.",
])
def test_a_stay_is_no_event(read, text):
    assert not any(e.label.split()[0] in ("remain", "stay") for e in read(text).entities.values())
