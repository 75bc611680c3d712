"""A gathering that is itself the subject of "met" takes place where it met: "the Ministerial Council of the
Vela Space Agency, which met in Seville" and "the Andes Space Conference met in Lima" are located there
(frame:meet, rules/gatherings.py). A body that meets still makes a meeting of its own, which is placed instead.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("Poland attended the Ministerial Council of the Vela Space Agency, which met in Seville, Spain.",
     ("Ministerial Council of the Vela Space Agency", "locatedIn", "Seville")),
    ("The Andes Space Conference met in Lima on 3 May.", ("Andes Space Conference", "locatedIn", "Lima")),
])
def test_a_gathering_that_met_is_where_it_met(read, text, fact):
    found = triples(read(text))
    assert fact in found, sorted(found)


def test_a_body_that_met_makes_a_meeting(read):
    found = triples(read("The Council of the Norvik Space Agency met in Lisbon."))
    assert ("Council of the Norvik Space Agency", "locatedIn", "Lisbon") not in found, sorted(found)
    assert any(p == "locatedIn" and o == "Lisbon" for _, p, o in found), sorted(found)
