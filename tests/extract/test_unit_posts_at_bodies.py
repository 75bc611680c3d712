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


def test_a_unit_post_of_an_owner(read):
    got = read('"This is a great day," said Lena Varga, ESA\'s Director of Earth Observation Programmes.')
    assert ("Lena Varga", "memberOf", "ESA") in triples(got), triples(got)
    assert "Earth Observation Programmes" not in labels(got), labels(got)


@pytest.mark.parametrize("text, body", [
    ('"The data will help farmers," added Ines Lopes, who leads the mission at the Kelmar Space Agency.',
     "Kelmar Space Agency"),
    ("Ines Lopes, who leads the science team of the Kelmar Institute, presented the results.", "Kelmar Institute"),
])
def test_who_leads_a_work_of_a_body_is_its_member(read, text, body):
    got = triples(read(text))
    assert ("Ines Lopes", "memberOf", body) in got and ("Ines Lopes", "headOf", body) not in got, got


def test_who_heads_the_body_heads_it(read):
    got = triples(read("Ines Lopes, who heads the Kelmar Space Agency, signed the agreement."))
    assert ("Ines Lopes", "headOf", "Kelmar Space Agency") in got, got
