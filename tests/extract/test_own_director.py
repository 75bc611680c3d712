"""A body's own director, named by a possessive with no department after the title ("the Orla Institute's new
director, Maria Lopez"), heads it (rules/titles.py _director_of), as "Director of the Orla Institute" does; a
director of a department or a programme ("ESA's Director of Science", "the institute's programme director") is
a member. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Orla Institute's new director, Maria Lopez, opened the meeting.",
    "The Orla Institute's director, Maria Lopez, opened the meeting.",
    "Maria Lopez, the Orla Institute's director, opened the meeting.",
])
def test_a_bodys_own_director_heads_it(read, text):
    got = triples(read(text))
    assert ("Maria Lopez", "headOf", "Orla Institute") in got, sorted(got)


@pytest.mark.parametrize("text, body", [
    ("ESA's Director of Science, Maria Lopez, opened the meeting.", "ESA"),
    ("The Orla Institute's programme director, Maria Lopez, opened the meeting.", "Orla Institute"),
])
def test_a_department_director_is_a_member(read, text, body):
    got = triples(read(text))
    assert ("Maria Lopez", "memberOf", body) in got and ("Maria Lopez", "headOf", body) not in got, sorted(got)
