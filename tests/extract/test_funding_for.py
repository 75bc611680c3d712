"""Money or backing given for a mission makes the giver contribute to it ("announced 5 million pounds of funding
for the Vela mission": frame:funding-for, lexicon FUNDING_GIVE_VERBS; "committed 5 million pounds of funding to
the Vela mission": frame:pledge reads the sum's "of" phrase). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The UK Space Agency committed 5 million pounds of funding to the Vela mission.",
    "The UK Space Agency will provide 5 million pounds of funding for the Vela mission.",
    "The UK Space Agency announced 5 million pounds of funding for the Vela mission.",
])
def test_money_for_a_mission_makes_a_contributor(read, text):
    assert ("UK Space Agency", "contributesTo", "Vela") in triples(read(text))


def test_other_things_announced_for_a_mission_fund_nothing(read):
    found = triples(read("The UK Space Agency announced a new director for the Vela mission."))
    assert ("UK Space Agency", "contributesTo", "Vela") not in found, found
