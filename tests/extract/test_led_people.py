"""Who leads, chairs or heads a group of people is a person, whatever the model took the name for
(described_names.led_person, lexicon PERSON_LED_NOUNS, HEAD_VERBS, LEADERSHIP_NOUNS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("A team led by Ines Lopes designed the radar.", "Ines Lopes"),
    ("The science team, led by Akosua Mensah, analysed the first images.", "Akosua Mensah"),
    ("A jury chaired by Teodor Lind selected the winning proposal.", "Teodor Lind"),
    ("A research group headed by Soraya Benali built the spectrometer.", "Soraya Benali"),
    ("Under the leadership of Marta Quell, the centre expanded its network.", "Marta Quell"),
])
def test_leader_of_a_group_is_a_person(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Person"}, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("The project is led by Brenna Lusk Aerospace.", "Brenna Lusk Aerospace"),
    ("The mission is led by Nordhavn Aerospace.", "Nordhavn Aerospace"),
])
def test_body_leading_a_project_stays_a_body(read, text, name):
    got = read(text)
    assert classes_of(got, name) and "Person" not in classes_of(got, name), _seen(got)


@pytest.mark.parametrize("text, person, body", [
    ("Under the leadership of Marta Quell, Vindel Aerospace expanded its factory.", "Marta Quell", "Vindel Aerospace"),
    ("Under the chairmanship of Noor Haddad, the Tessaly Space Council approved the budget.", "Noor Haddad",
     "Tessaly Space Council"),
])
def test_leader_heads_the_body_the_parser_hung_on_the_opening_phrase(read, text, person, body):
    got = read(text)
    assert (person, "headOf", body) in triples(got), triples(got)
