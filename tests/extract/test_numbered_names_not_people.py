"""No person's name ends on a number: a name the model calls a person whose last word is a flight's or craft's
number ("on Aurora 4", "Kestrel 2 will fly") is a member of a series, typed by the words around it, else a
mission. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The first Norwegian astronaut is expected to fly to the station on Aurora 4 in 2030.", "Aurora 4"),
    ("NASA astronaut Ana Ruiz will fly on Aurora 4 in 2030.", "Aurora 4"),
])
def test_a_numbered_name_is_no_person(read, text, name):
    got = classes_of(read(text), name)
    assert got and "Person" not in got, got


def test_an_astronaut_flies_on_a_numbered_mission(read):
    got = triples(read("NASA astronaut Ana Ruiz will fly on Aurora 4 in 2030."))
    assert ("Ana Ruiz", "contributesTo", "Aurora 4") in got, sorted(got)
    assert ("Ana Ruiz", "memberOf", "NASA") in got, sorted(got)


def test_a_person_stays_a_person(read):
    got = read("NASA astronaut Ana Ruiz will fly on Aurora 4 in 2030.")
    assert "Person" in classes_of(got, "Ana Ruiz")
