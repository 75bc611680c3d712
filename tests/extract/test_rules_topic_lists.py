"""dep:topics-were on sentences written for it: "the subjects they covered were X and Y"."""

from __future__ import annotations

import pytest

from ..helpers import triples

MET = "Ann Lee and Bo Chan met in Rome on Monday. "


@pytest.mark.parametrize("text, topics", [
    (MET + "Among the subjects they covered were launch vehicles and especially the Vela rocket, alongside the "
     "Zephyr station.", ("Vela", "Zephyr")),
    (MET + "The topics discussed included the Lyra mission and the Kestrel satellite.", ("Lyra", "Kestrel")),
    (MET + "The main issues they addressed were the Lyra mission and space debris.", ("Lyra", "space debris")),
])
def test_rules_topics_were_wordings(read, text, topics):
    facts = triples(read(text))
    for x in topics:
        assert any(p == "topic" and o == x and s.startswith("meeting") for s, p, o in facts), facts


def test_rules_topics_were_needs_a_discussion_verb(read):
    """"The subjects of the photographs were X": no talk went through them."""
    facts = triples(read(MET + "The subjects of the photographs were the Lyra mission and the Kestrel satellite."))
    assert not any(p == "topic" for _, p, _ in facts), facts
