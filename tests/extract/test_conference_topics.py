"""A gathering's topics, as a conference release tells them: its own name ("the International Conference on Space
Debris", "the Framework Agreement on Space Science": about space debris, space science); a list it focused on, in
which "low Earth orbit" names a region, not Earth. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, named, topic", [
    ("More than 400 experts gathered in Bremen for the third International Conference on Space Debris.",
     "International Conference on Space Debris", "space debris"),
    ("The Framework Agreement on Space Science was signed in 2004.", "Framework Agreement on Space Science",
     "space science"),
])
def test_a_name_says_its_topic(read, text, named, topic):
    assert (named, "topic", topic) in triples(read(text))


def test_a_region_of_a_body_is_no_topic(read):
    found = triples(read("The conference focused on collision avoidance, debris removal and the sustainable use "
                         "of low Earth orbit. The talks covered Mars and the Moon."))
    assert not any(p == "topic" and o == "Earth" for _, p, o in found), sorted(found)
    assert {o for s, p, o in found if p == "topic" and s.startswith("talks")} >= {"Mars", "Moon"}

