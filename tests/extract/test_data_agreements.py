"""An agreement on a craft's data gives its signers no part in the craft: "an agreement giving X access to data from
Orla-3", "a data-sharing agreement covering Orla-3" (rules/stakes.py, infer:agreement-stake, lexicon DATA_NOUNS); one
on the craft itself still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "ESA and the Kelmar Meteorological Agency signed an agreement giving Kelmar access to data from the Orla-3 weather "
    "satellite.",
    "ESA and the Kelmar Meteorological Agency signed a data-sharing agreement covering the Orla-3 satellite.",
    "ESA and the Kelmar Meteorological Agency signed an agreement on the exchange of imagery from the Orla-3 "
    "satellite.",
])
def test_an_agreement_on_a_crafts_data_is_no_stake(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" and o == "Orla-3" for s, p, o in got), got


def test_an_agreement_on_the_craft_is_a_stake(read):
    got = triples(read("ESA and the Kelmar Meteorological Agency signed an agreement on the development of the Orla-3 "
                       "satellite."))
    assert {("ESA", "contributesTo", "Orla-3"), ("Kelmar Meteorological Agency", "contributesTo", "Orla-3")} <= got
