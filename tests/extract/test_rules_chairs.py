"""Who chairs a gathering takes part in it, and is a person: "the session was chaired by X", "X chaired the
forum" (lexicon MEET_VERBS, CHAIR_VERBS; described_names.led_person; gathering nouns of DESCRIBED_THINGS).
Sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _participants(got, event: str) -> set[str]:
    return {o for s, p, o in triples(got) if p == "participant" and s.startswith(event)}


@pytest.mark.parametrize("text, event, person", [
    ("The meeting was chaired by Ana Ruiz, Director General of the Vela Space Agency.", "meeting", "Ana Ruiz"),
    ("The session was chaired by Tomas Eklund.", "session", "Tomas Eklund"),
    ("Last week's session was chaired by Ilka Brenner.", "session", "Ilka Brenner"),
    ("The forum was chaired by Odile Marchetti, head of the Larnis Space Office.", "forum", "Odile Marchetti"),
])
def test_chair_of_a_gathering_named_only_by_its_chair_is_a_person_taking_part(read, text, event, person):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, triples(got)
    assert person in _participants(got, event), triples(got)


@pytest.mark.parametrize("text, event, people", [
    ("Ana Ruiz chaired the council's session in Lisbon.", "session", {"Ana Ruiz"}),
    ("Henrik Dahl chaired the conference on space debris in Bergen.", "conference", {"Henrik Dahl"}),
    ("Mara Oduya and Lars Penn chaired the forum.", "forum", {"Mara Oduya", "Lars Penn"}),
    ("Ana Ruiz presided over the session.", "session", {"Ana Ruiz"}),
])
def test_gathering_a_person_chairs_takes_the_person(read, text, event, people):
    got = read(text)
    assert people <= _participants(got, event), triples(got)


def test_chair_of_the_gathering_with_a_title_heads_the_body(read):
    got = read("The meeting was chaired by Ana Ruiz, Director General of the Vela Space Agency.")
    assert ("Ana Ruiz", "headOf", "Vela Space Agency") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The study was chaired by Orvik Dynamics.", "Orvik Dynamics"),  # a study is no gathering
    ("The project was led by Brenna Lusk Aerospace.", "Brenna Lusk Aerospace"),
])
def test_a_body_leading_what_is_no_gathering_stays_a_body(read, text, name):
    got = read(text)
    assert classes_of(got, name) and "Person" not in classes_of(got, name), triples(got)
    assert not any(p == "participant" for _, p, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text, event, people", [
    ("The ministerial meeting was co-chaired by Piet Moll and Dana Ferre.", "ministerial meeting",
     {"Piet Moll", "Dana Ferre"}),
    ("The forum was co-hosted by the Orvik Institute and Telmar Systems in Oslo on 3 May.", "forum",
     {"Orvik Institute", "Telmar Systems"}),
    ("The workshop, co-organised by the Lenna Institute and Vardo Systems, took place in Bergen on 3 May.",
     "workshop", {"Lenna Institute", "Vardo Systems"}),
])
def test_a_verb_split_at_its_prefix_is_read_as_the_verb(read, text, event, people):
    """"co-chaired": the tokenizer splits "co" and the parser makes it the clause's verb (prefixed_verbs.prefixed_verb,
    lexicon VERB_PREFIXES)."""
    got = read(text)
    assert people <= _participants(got, event), triples(got)


def test_a_noun_with_the_prefix_is_left_alone(read):
    got = read("The co-operation between the Vela Space Agency and the Orla Space Office will grow.")
    assert not any(p == "participant" for _, p, _ in triples(got)), triples(got)


def test_co_chairs_with_titles_take_part_in_the_session_told_of(read):
    got = read("The first session took place in Oslo on 13 March. The session was co-chaired by Mira Halvorsen, "
               "Director General of the Boreal Space Office, and Tomas Eklund, President of the Larnian Space Agency.")
    assert {"Mira Halvorsen", "Tomas Eklund"} <= _participants(got, "first session"), triples(got)


@pytest.mark.parametrize("text, event, people", [
    ("The ministerial council was chaired by Rita Lobo.", "ministerial council", {"Rita Lobo"}),
    ("The ministerial council was chaired by Rita Lobo and co-chaired by Ivo Brandt.", "ministerial council",
     {"Rita Lobo", "Ivo Brandt"}),
])
def test_a_gathering_named_by_two_words_takes_its_chairs(read, text, event, people):
    """"ministerial council": a gathering's class from two words (HEAD_CLASSES), not from its head "council"."""
    got = read(text)
    assert people <= _participants(got, event), triples(got)
    assert all(classes_of(got, p) == {"Person"} for p in people), [(e.label, e.classes) for e in got.entities.values()]


def test_a_body_chaired_is_no_gathering(read):
    got = read("The council was chaired by Rita Lobo.")
    assert not _participants(got, "council"), triples(got)
