"""A post "of the" body that the model reads whole as a body ("Chair of the Council") is a title and the body's
name: the body is "the Council", whom the post heads (titled_people.past_post_of_the). A body whose name holds "of
the" with no title first ("University of the Highlands") keeps its name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, person, body", [
    ("Delegates also elected Pedro Alves, of the Portuguese Ministry of Science, as Chair of the Council.",
     "Pedro Alves", "Council"),
    ("The Council elected Maria Lopes, of the Spanish Ministry of Science, as Chair of the Board.", "Maria Lopes",
     "Board"),
])
def test_a_post_of_the_body_heads_the_body(read, text, person, body):
    got = read(text)
    assert not any(label.startswith("Chair") for label in labels(got)), labels(got)
    assert (person, "headOf", body) in triples(got), triples(got)


def test_the_body_is_the_one_told_of_again(read):
    got = triples(read("The Council welcomed Greece as a new associate member. Delegates also elected Pedro Alves,"
                       " of the Portuguese Ministry of Science, as Chair of the Council."))
    assert ("Greece", "memberOf", "Council") in got, got


@pytest.mark.parametrize("text, name", [
    ("She studied at the University of the Highlands and Islands.", "University of the Highlands and Islands"),
    ("The Minister of Research, Kristina Vogt, opened the centre.", "Ministry of Research"),
])
def test_names_with_of_and_no_post_keep_it(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
