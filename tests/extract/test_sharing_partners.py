"""Bodies that share or exchange data are partners, as those that cooperate are (lexicon COOPERATE_VERBS "share",
"exchange"; MUTUAL_VERBS for coordinated subjects with no "with"): "ESA and ISRO agreed to share data from their
Earth observation satellites", "NOAA will share data from the Kelva-3 satellite with EUMETSAT". Sharing with
someone who is no body ("with the public"), or craft sharing an orbit, makes no partners. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, pair", [
    ("ESA and ISRO agreed to share data from their Earth observation satellites.", {"ESA", "ISRO"}),
    ("NOAA will share data from the Kelva-3 satellite with EUMETSAT.", {"NOAA", "EUMETSAT"}),
    ("EUMETSAT and NOAA will exchange data from their weather satellites.", {"NOAA", "EUMETSAT"}),
])
def test_bodies_sharing_data_are_partners(read, text, pair):
    got = triples(read(text))
    assert any(p == "partnerOf" and {s, o} == pair for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "ESA will share the results with the public.",
    "Orvex-2 and Kelva-3 share the same orbit.",
])
def test_no_partners_without_two_bodies(read, text):
    got = triples(read(text))
    assert not any(p == "partnerOf" for s, p, o in got), sorted(got)
