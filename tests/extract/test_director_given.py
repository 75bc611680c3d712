""""Director" of a named body itself heads it, however the post is given: by an appointing verb ("was appointed
Director of the Orla Institute"), a verb of coming into a post ("became", "takes over as", "resigned as") or an
apposition ("the newly appointed director of X"). "Director of Science of X", "Director of Y at X" stay a
member's posts (title_kinds.director_kind). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Tom Hale has been appointed Director of the Kelso Space Institute.", "Tom Hale", "Kelso Space Institute"),
    ("Ana Ruiz was appointed as the new Director of the Orla Research Institute.", "Ana Ruiz",
     "Orla Research Institute"),
    ("Tom Hale has been named the new director of the Lyra Laboratory.", "Tom Hale", "Lyra Laboratory"),
    ("Lena Varga was named director of the Brakstad Space Institute on 3 March.", "Lena Varga",
     "Brakstad Space Institute"),
    ("Tom Hale became Director of the Kelso Space Institute in 2019.", "Tom Hale", "Kelso Space Institute"),
    ("Maria Lund will take over as Director of the Orla Research Institute.", "Maria Lund",
     "Orla Research Institute"),
    ("Tom Hale, the newly appointed director of the Kelso Space Institute, spoke at the event.", "Tom Hale",
     "Kelso Space Institute"),
])
def test_a_director_given_the_post_of_a_named_body_heads_it(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got
    assert (person, "memberOf", body) not in got, got


@pytest.mark.parametrize("text, person, body", [
    ("The board appointed Tom Hale as Director of Science of the Norvana Space Agency.", "Tom Hale",
     "Norvana Space Agency"),
    ("Tom Hale, Director of Science of the Norvana Space Agency, said it.", "Tom Hale", "Norvana Space Agency"),
    ("Ana Ruiz was appointed Director of Human Spaceflight at ESA.", "Ana Ruiz", "ESA"),
    ("Ana Ruiz was appointed deputy director of the Orla Research Institute.", "Ana Ruiz",
     "Orla Research Institute"),
])
def test_a_director_of_a_field_or_a_deputy_is_a_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, got
    assert (person, "headOf", body) not in got, got


@pytest.mark.parametrize("text", [
    "The Kelso Institute built the camera. Tom Hale, the institute's director, said it works.",
    "The Kelso Institute built the camera. Tom Hale, the institute's new director, said it works.",
])
def test_the_director_a_class_noun_owns_heads_the_body_in_view(read, text):
    got = triples(read(text))
    assert ("Tom Hale", "headOf", "Kelso Institute") in got, got
    assert ("Tom Hale", "memberOf", "Kelso Institute") not in got, got


def test_a_director_of_a_field_the_body_in_view_owns_is_a_member(read):
    got = triples(read("The Norvana Space Agency launched Vela. Tom Hale, the agency's director of science, said "
                       "it works."))
    assert ("Tom Hale", "memberOf", "Norvana Space Agency") in got, got
