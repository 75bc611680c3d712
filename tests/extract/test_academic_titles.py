"""A university's head by an academic title: rector, vice-chancellor, dean head what they are of (lexicon
HEAD_TITLES); a lecturer, a PhD student or a vice-rector is a member (MEMBER_TITLES). A prefix joined by a
hyphen belongs to the title ("vice-president" is no president: rules/titles.title_kind), and a capitalized
title "of" a body's name is no part of the name ("[Rector of] Breden University": titled_people). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ('"We are proud," said Professor Anika Dahl, rector of the University of Lorvik.', "Anika Dahl",
     "University of Lorvik"),
    ("Jan Berg, vice-chancellor of Breden University, welcomed the agreement.", "Jan Berg", "Breden University"),
    ("Jan Berg, Vice-Chancellor of Breden University, welcomed the agreement.", "Jan Berg", "Breden University"),
    ("Jan Berg, Rector of Breden University, welcomed the agreement.", "Jan Berg", "Breden University"),
    ("The rector of the University of Lorvik, Anika Dahl, opened the ceremony.", "Anika Dahl",
     "University of Lorvik"),
    ("Lorvik University rector Anika Dahl opened the ceremony.", "Anika Dahl", "Lorvik University"),
    ("Jan Berg, Dean of the Breden School of Engineering, welcomed the agreement.", "Jan Berg",
     "Breden School of Engineering"),
])
def test_an_academic_head_heads_the_body(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got


@pytest.mark.parametrize("text, person, body", [
    ("Sara Holm, a lecturer at Kavala Polytechnic, led the team.", "Sara Holm", "Kavala Polytechnic"),
    ("Tom Reed, a PhD student at the University of Lorvik, designed the camera.", "Tom Reed",
     "University of Lorvik"),
    ("Jan Berg, vice-president of Breden University, welcomed the agreement.", "Jan Berg", "Breden University"),
    ("Ida Sand, vice-rector of Breden University, welcomed the agreement.", "Ida Sand", "Breden University"),
])
def test_an_academic_post_is_membership_not_headship(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, got
    assert (person, "headOf", body) not in got, got


def test_a_title_of_a_body_is_no_part_of_its_name(read):
    got = read("Jan Berg, Rector of Breden University, welcomed the agreement.")
    assert not any(e.label.startswith("Rector") for e in got.entities.values()), got.entities


def test_a_minister_of_a_portfolio_keeps_the_portfolio(read):
    got = triples(read("Ida Sand, Minister of Research, welcomed the agreement."))
    assert not any(p == "headOf" and o == "Research" for _, p, o in got), got
