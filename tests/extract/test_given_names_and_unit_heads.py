"""Hyphened given names ("Min-ji Park") are people's names; a head of a field or a unit of a body is a member
of the body, not its head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person", [
    ("Min-ji Park, the head of KASA, said the tests went well.", "Min-ji Park"),
    ("KARI President Sang-ryul Lee met the minister in Daejeon on 3 May 2024.", "Sang-ryul Lee"),
    ("Ji-hoon Kang signed the agreement for KASA.", "Ji-hoon Kang"),
])
def test_a_hyphened_given_name_is_a_persons_whole_name(read, text, person):
    """given_names.given_name_end: the name runs on through "-ji", and its shape makes it a person."""
    got = read(text)
    assert person in labels(got) and "Person" in classes_of(got, person), (labels(got), triples(got))


@pytest.mark.parametrize("text", [
    "The Japan-led mission and the Toulouse-based firm met ESA.",
    "The NASA-built Kestrel probe and the US-made rocket are ready.",
])
def test_hyphened_words_are_no_given_names(read, text):
    got = read(text)
    assert not [e for e in got.entities.values() if "Person" in e.classes], labels(got)


@pytest.mark.parametrize("text", [
    "Anna Lind, KASA's head of international cooperation, said the tests went well.",
    "Anna Lind, head of international relations at KASA, said the tests went well.",
    "Anna Lind, head of Earth observation at KASA, said the images are sharp.",
])
def test_the_head_of_a_field_at_a_body_is_its_member(read, text):
    """titles._part_of_body: the "of" phrase names a field of work, not the body: a post in a part of it."""
    got = triples(read(text))
    assert ("Anna Lind", "memberOf", "KASA") in got and ("Anna Lind", "headOf", "KASA") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Anna Lind, the head of KASA, said the tests went well.",
    "Anna Lind, head of the Korea AeroSpace Administration, said the tests went well.",
])
def test_the_head_of_the_body_heads_it(read, text):
    assert ("Anna Lind", "headOf", "KASA") in triples(read(text)), sorted(triples(read(text)))


@pytest.mark.parametrize("text, person", [
    ("Minister for Space Andrew Griffith visited the spaceport on 20 January 2025.", "Andrew Griffith"),
    ("Minister for Tourism Anna Lind visited ESTEC on 20 January 2025.", "Anna Lind"),
])
def test_a_portfolio_before_a_name_is_no_part_of_it(read, text, person):
    """DEPARTMENT_ENDS: the name after "Minister for Space" begins after the portfolio's last word."""
    assert person in labels(read(text)), labels(read(text))


def test_a_name_taken_for_the_portfolios_object_is_the_subject(read):
    """frames._titled_name: "Deputy Minister for Science Anna Lind met X" — the parser makes the title the subject
    and the name the object of "for"; the person met X."""
    got = read("Deputy Minister for Science Anna Lind met ESA officials on 3 May 2024.")
    ents = got.entities
    assert any(r.predicate == "participant" and ents[r.object].label == "Anna Lind" for r in got.relations), \
        triples(got)
