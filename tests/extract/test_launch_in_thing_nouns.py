""""Launch" as the first word of a two-word class noun of a thing ("launch vehicle", "launch system", "launch pad")
names a rocket or a place, no launch (lexicon HEAD_CLASSES; flights.thing_noun_part); "launch system" names a
launcher. A launch noun of its own, or one heading an event noun ("launch campaign"), is still an event.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Orbix tested the upper stage of the Caldera launch vehicle.", "Caldera"),
    ("Orbix Dynamics completed a static-fire test of its Caldera launch vehicle at the Noshiro centre.", "Caldera"),
    ("Nordlys Systems is developing the Kestrel launch system.", "Kestrel"),
    ("The Kestrel launch system is built by Nordlys Systems in Bremen.", "Kestrel"),
])
def test_a_launcher_noun_with_launch_is_no_launch(read, text, name):
    got = read(text)
    assert not any("Launch" in e.classes for e in got.entities.values()), labels(got)
    assert "LaunchVehicle" in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text", [
    "Nordlys Systems is developing the Kestrel launch system.",
    "The Kestrel launch system is built by Nordlys Systems in Bremen.",
])
def test_the_maker_of_a_launch_system_provides_it(read, text):
    assert ("Kestrel", "providedBy", "Nordlys Systems") in triples(read(text))


@pytest.mark.parametrize("text", [
    "The launch of the Vela satellite took place on 3 May 2020 from Kourou.",
    "The Caldera launch took place on 3 May 2020.",
    "The Kestrel launch system will fly from Andøya in 2027.",
])
def test_a_launch_noun_of_its_own_is_still_a_launch(read, text):
    got = read(text)
    assert any("Launch" in e.classes for e in got.entities.values()), labels(got)
