""""its" in what a verb of giving or sharing gives is the giver's (lexicon GIVER_OWNS_VERBS): "ISRO will provide
NOAA with data from its Oceansat-4 satellite" is ISRO's satellite, not NOAA's, the body named last. A "for"
phrase says whom the thing is for, and a verb of another kind leaves "its" to the latest body. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner, other", [
    ("ISRO will provide NOAA with images from its Oceansat-4 satellite.", "Oceansat-4", "ISRO", "NOAA"),
    ("NASA will share with ESA the data from its Orbix-7 satellite.", "Orbix-7", "NASA", "ESA"),
])
def test_its_in_what_is_given_is_the_givers(read, text, craft, owner, other):
    got = triples(read(text))
    assert (craft, "operatedBy", owner) in got and (craft, "operatedBy", other) not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "ESA will provide funding to DLR for its Halden satellite.",
    "CNES thanked DLR for its Halden satellite.",
])
def test_its_after_for_or_another_verb_stays_the_latest_bodys(read, text):
    got = triples(read(text))
    assert ("Halden", "operatedBy", "DLR") in got, sorted(got)
