"""Who acts in a clause set at a named gathering takes part in it (dep:at-gathering, lexicon VENUE_PREPOSITIONS)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("At the Lyra Conference last week, Anna Berg, Minister for Science, set out further details of the "
     "programme.", "Lyra Conference", "Anna Berg"),
    ("During the Vela Summit in Rome, ESA presented its plans for the Lyra mission.", "Vela Summit", "ESA"),
])
def test_rules_at_gathering_the_actor_takes_part(read, text, event, who):
    assert (event, "participant", who) in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "At the Toulouse Space Centre, CNES built the Lyra camera.",  # a place, no gathering
])
def test_rules_at_gathering_no_gathering_no_participant(read, text):
    t = triples(read(text))
    assert not any(p == "participant" and o in ("CNES", "ESA") for s, p, o in t), t


def test_rules_at_gathering_what_is_shown_there_is_no_participant(read):
    t = triples(read("At the Vela Summit in Rome, the Lyra probe was presented by its builders."))
    assert not any(s == "Vela Summit" and p == "participant" for s, p, o in t), t
