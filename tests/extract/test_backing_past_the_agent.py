"""Support, funding or help "with" which a thing was made goes to the thing, even where the parser hangs the
"with" phrase on the maker in the "by" phrase ("developed by students with the support of X": X contributes to
the craft; rules/roles.py, dep:with-participation). What the maker has ("students with experience of ESA
projects") backs nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, backer, craft", [
    ("AstraSat-1 was developed by students with the support of the Kestrian Space Agency.",
     "Kestrian Space Agency", "AstraSat-1"),
    ("The Vela-1 CubeSat was built by a team of students from the University of Lorvik with funding from the "
     "Kestrian Research Council.", "Kestrian Research Council", "Vela-1"),
    ("The Lumo-2 satellite was designed by engineers of Orbitek Systems with help from DLR.", "DLR", "Lumo-2"),
    ("The Kelvo-2 CubeSat was assembled by pupils with the assistance of CNES.", "CNES", "Kelvo-2"),
    ("The Nova-3 nanosatellite was developed by a student team with financial support from the Kestrian Space "
     "Agency.", "Kestrian Space Agency", "Nova-3"),
])
def test_backing_hung_on_the_maker_goes_to_the_thing(read, text, backer, craft):
    got = triples(read(text))
    assert (backer, "contributesTo", craft) in got, got


@pytest.mark.parametrize("text", [
    "The Lumo-2 satellite was built by students with experience of ESA projects.",
    "The Lumo-2 satellite was built by engineers with long careers at ESA.",
])
def test_what_the_maker_has_backs_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got
