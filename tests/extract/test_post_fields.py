"""A post's field written capitalized is no body: "Director of Space Transportation", "Vice President for Space
Systems at Orvion", "Head of Launch Systems at X" name a portfolio; the holder works for the body of the "at"
phrase (post_fields.py, lexicon POST_FIELD_WORDS). A name with a word of its own after the title ("President of
Maxwell Space Systems") and a minister's portfolio ("Minister of Industry") are kept. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, field", [
    ("Ingrid Vassmo was appointed Director of Space Transportation.", "Space Transportation"),
    ("Maria Stein, Vice President of Space Systems at Orvion, said it.", "Space Systems"),
    ("Maria Stein, Head of Launch Systems at Orvion Industries, said it.", "Launch Systems"),
    ("Tomas Berg, Director of Human Spaceflight and Robotic Exploration at ESA, opened the meeting.",
     "Human Spaceflight and Robotic Exploration"),
    ("Lena Varga, Senior Vice President for Earth Observation Programmes at Orvion Industries, spoke.",
     "Earth Observation Programmes"),
])
def test_a_posts_field_is_no_entity(read, text, field):
    assert field not in labels(read(text)), labels(read(text))


@pytest.mark.parametrize("text, person, body", [
    ("Maria Stein, Head of Launch Systems at Orvion Industries, said it.", "Maria Stein", "Orvion Industries"),
    ("Lena Varga, Senior Vice President for Space Systems at Orvion Industries, spoke at the event.", "Lena Varga",
     "Orvion Industries"),
])
def test_the_holder_of_a_fields_post_is_a_member_of_the_body_at(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)
    assert (person, "headOf", body) not in got, sorted(got)


@pytest.mark.parametrize("text, name", [
    ("Tom Hale, President of Maxwell Space Systems, said it.", "Maxwell Space Systems"),
    ("Tom Hale, Director of the Institute of Space Systems, said it.", "Institute of Space Systems"),
])
def test_a_body_named_after_a_title_stays(read, text, name):
    assert name in labels(read(text)), labels(read(text))


def test_a_ministers_portfolio_names_a_ministry(read):
    got = triples(read("Minister of Industry Christian Dupont unveiled the instrument in Ottawa."))
    assert ("Christian Dupont", "headOf", "Ministry of Industry") in got, sorted(got)
