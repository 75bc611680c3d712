"""A made-up name that opens a sentence tagged as an adjective or a verb is still a name, the clause's subject
(clauses._name_taken_for_word); a participle set beside an unknown name reads as its passive ("Terranic, based
in Oslo,", "Kestrel, launched in 2019,": doing.role_class, PASSIVE_SUBJECTS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("Orbitec will build the Pelion-2 satellite.", "Orbitec"),
    ("Orbitec, headquartered in Turin, will build the Pelion-2 satellite.", "Orbitec"),
    ("Avantec, based in Turin, will supply the antenna.", "Avantec"),
    ("Veritec, based in Turin, will supply the antenna.", "Veritec"),
    ("Cosmetec will build the Pelion-2 satellite.", "Cosmetec"),
])
def test_opening_name_tagged_as_a_word_is_an_organization(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Organization", "Company"}, _seen(got)


def test_opening_name_tagged_as_a_word_is_the_builder(read):
    got = read("Orbitec will build the Pelion-2 satellite.")
    assert ("Pelion-2", "providedBy", "Orbitec") in triples(got), triples(got)


@pytest.mark.parametrize("text, name, cls", [
    ("Terranic, based in Oslo, develops antennas.", "Terranic", "Organization"),
    ("Halvex, founded in 2012, employs 40 engineers in Bergen.", "Halvex", "Organization"),
    ("Solvane, founded in 2015, has offices in Riga.", "Solvane", "Organization"),
    ("Kestrel, launched in 2019, observes the Arctic.", "Kestrel", "Spacecraft"),
])
def test_participle_beside_an_unknown_name_types_it(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, _seen(got)


@pytest.mark.parametrize("text", [
    "Many attended the launch.",
    "European, Japanese and American scientists met in Tokyo.",
    "Italian engineers built the radar.",
])
def test_opening_adjective_is_no_name(read, text):
    got = read(text)
    assert not any(e.label.split()[0] == text.split()[0].rstrip(",") for e in got.entities.values()), _seen(got)
