"""Who heads a unit of a body, told in a relative clause ("X, who heads the agency's Earth observation
directorate"; lexicon UNIT_NOUNS, rules/titles.py), is a member of the body, not its head; who heads the body
itself stays its head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Ana Ruiz, who heads the Korvan Space Agency's Earth observation directorate, attended.", "Ana Ruiz",
     "Korvan Space Agency"),
    ("Maria Lopez, who leads the Orla Institute's propulsion division, attended.", "Maria Lopez", "Orla Institute"),
])
def test_the_head_of_a_unit_is_a_member_of_the_body(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)
    assert (person, "headOf", body) not in got, sorted(got)


def test_the_head_of_the_body_itself_heads_it(read):
    got = triples(read("Maria Lopez, who heads the Orla Institute, attended."))
    assert ("Maria Lopez", "headOf", "Orla Institute") in got, sorted(got)
