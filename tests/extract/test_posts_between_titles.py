"""Capitalized words that open and end on title words are a post, no person's name: "as Chief Technology
Officer" gave a person "Technology Officer" once "Chief" went as a title (mentions._proper_chunks). A name after
a title ("Director General Josef Aschbacher") is still the person's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text", [
    "The Board of Directors of Stellaris Dynamics has appointed Tobias Lenz as Chief Technology Officer.",
    "Anna Berg was named Chief Operating Officer in May.",
    "Tobias Lenz, Chief Technology Officer, presented the results.",
    "She served as Senior Science Officer until 2020.",
])
def test_a_post_between_titles_is_no_person(read, text):
    got = read(text)
    assert not any(e.label.endswith("Officer") for e in got.entities.values()), labels(got)


@pytest.mark.parametrize("text, name", [
    ("Director General Josef Aschbacher visited ESTEC.", "Josef Aschbacher"),
    ("NASA Administrator Bill Nelson visited the ISRO headquarters.", "Bill Nelson"),
])
def test_a_name_after_a_title_stays_a_person(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
