""""signed an agreement on the sidelines of the congress", "on the occasion of the Paris Air Show": the event an
edge noun (lexicon SIDELINE_NOUNS) names is where the deal was signed (encounters.sideline_events), on the verb or
on its object; it is not what the deal is about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event", [
    ("ISRO and CNES signed an agreement on the sidelines of the International Astronautical Congress.",
     "International Astronautical Congress"),
    ("JAXA and NASA signed a letter of intent on the margins of the Paris Air Show.", "Paris Air Show"),
    ("On the sidelines of the International Astronautical Congress in Milan, ISRO and CNES signed an agreement.",
     "International Astronautical Congress"),
])
def test_signed_at_the_event_of_an_edge_noun(read, text, event):
    got = triples(read(text))
    assert any(p == "signedAt" and o == event for s, p, o in got), got
    assert not any(p == "topic" and o == event for s, p, o in got), got


def test_a_deal_on_a_subject_keeps_its_topic(read):
    got = triples(read("ISRO and CNES signed an agreement on lunar exploration at the International Astronautical "
                       "Congress."))
    assert any(p == "topic" and o == "lunar exploration" for s, p, o in got), got
