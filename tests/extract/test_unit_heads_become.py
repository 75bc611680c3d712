"""frame:becomes-title with the head of a unit a body owns ("became head of ESA's Earth observation directorate",
"served as head of the agency's astronaut centre"): the body's member, not its head (posts.head_of_unit, as an
appointment reads it). On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Lena Varga became head of ESA's Earth observation directorate in 2024.", "Lena Varga", "ESA"),
    ("Ivo Sarr served as head of JAXA's astronaut training centre until 2024.", "Ivo Sarr", "JAXA"),
])
def test_the_head_of_a_bodys_unit_is_its_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got and (person, "headOf", body) not in got, got


def test_the_head_of_the_body_itself_heads_it(read):
    got = triples(read("Lena Varga became Director General of ESA in 2024."))
    assert ("Lena Varga", "headOf", "ESA") in got, got
