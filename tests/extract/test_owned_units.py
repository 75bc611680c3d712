"""The head of a unit a body owns, told of by its noun, is a member of the body, not its head
(rules/post_owners.head_of_unit): "named the new head of the Kelmar Space Agency's science directorate". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Dr Mira Holm has been named the new head of the Ostrava Space Office's science directorate.", "Mira Holm",
     "Ostrava Space Office"),
    ("ESA appointed Mira Holm as head of its propulsion division.", "Mira Holm", "ESA"),
])
def test_the_head_of_an_owned_unit_is_a_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got and (person, "headOf", body) not in got, got


def test_the_head_of_the_body_itself_heads_it(read):
    got = triples(read("Mira Holm was appointed Director General of the Ostrava Space Office."))
    assert ("Mira Holm", "headOf", "Ostrava Space Office") in got, got
