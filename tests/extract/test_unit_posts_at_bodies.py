"""A post of a unit at a body: "Director of Space Transportation at ESA", "Head of Earth Observation Programmes at
the Kelmar Space Agency". The unit names no body of its own (titled_people.unit_of_post; a model's span that
starts on "of" is no name), the person is a member of the body "at" (on the title or on the verb: rules/posts.py),
not its head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, person, body, unit", [
    ("Tomas Brandt has been appointed Director of Space Transportation at ESA.", "Tomas Brandt", "ESA",
     "Space Transportation"),
    ("Ines Lopes was named Head of Earth Observation Programmes at the Kelmar Space Agency.", "Ines Lopes",
     "Kelmar Space Agency", "Earth Observation Programmes"),
])
def test_a_unit_post_at_a_body(read, text, person, body, unit):
    got = read(text)
    assert (person, "memberOf", body) in triples(got), triples(got)
    assert (person, "headOf", body) not in triples(got), triples(got)
    assert not any(unit in label for label in labels(got)), labels(got)


@pytest.mark.parametrize("text, person, body", [
    ("Ines Lopes was appointed Head of the Kelmar Space Agency.", "Ines Lopes", "Kelmar Space Agency"),
    ("Tomas Brandt was appointed Director General of ESA.", "Tomas Brandt", "ESA"),
])
def test_the_head_of_a_body_heads_it(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got
