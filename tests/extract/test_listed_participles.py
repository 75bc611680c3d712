""""A spectrometer built by A, an array provided by B, and a probe developed at C": a participle tells of its own
noun only; a thing joined after it with a participle of its own is not its object, even when the participle's
noun is no thing read (rules/suppliers.told_apart). A thing developed or built "at" a body (a university, an
institute, a company) is provided by that body, as one made at a facility is by the facility's operator.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, maker, not_maker", [
    ("The Kestra lander will carry a camera built by Orbitek, a laser array provided by the Italian Space Agency, "
     "and a thermal sensor developed at the University of Bern.", "thermal sensor", "University of Bern", "ASI"),
    ("The satellite carries a radar supplied by Halden Systems, a data recorder provided by Varnel Systems "
     "and a magnetometer built by Orbitek.", "magnetometer", "Orbitek", "Varnel Systems"),
])
def test_a_thing_with_its_own_participle_is_not_the_earlier_ones(read, text, thing, maker, not_maker):
    got = read(text)
    made = {(s, o) for s, p, o in triples(got) if p == "providedBy"}
    assert not any(s.startswith(thing) and o == not_maker for s, o in made), made
    assert any(s.startswith(thing) and o == maker for s, o in made), made


@pytest.mark.parametrize("text, thing, body", [
    ("The spectrometer was developed at the University of Bern.", "spectrometer", "University of Bern"),
    ("The camera was assembled at Thales Alenia Space in Cannes.", "camera", "Thales Alenia Space"),
])
def test_a_thing_made_at_a_body_is_provided_by_it(read, text, thing, body):
    got = read(text)
    assert any(s.startswith(thing) and p == "providedBy" and o == body for s, p, o in triples(got)), triples(got)
