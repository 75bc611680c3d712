"""Two bodies said to provide one thing in one sentence are partners ("developed by CNES and DLR"); a body
that provides a craft in one sentence and a company that builds it in another are a customer and its
contractor, no partners (infer:co-providers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(got, a: str, b: str) -> bool:
    t = triples(got)
    return (a, "partnerOf", b) in t or (b, "partnerOf", a) in t


@pytest.mark.parametrize("text, agency, builder", [
    ("The Vigil mission, which ESA is developing, will be launched in 2031. Airbus is building the Vigil "
     "spacecraft.", "ESA", "Airbus"),
    ("The Lyra camera was provided by CNES. The Lyra camera was built by Thales Alenia Space.",
     "CNES", "Thales Alenia Space"),
    ("NASA will provide the Kestrel orbiter. The Kestrel orbiter will be built by Lockheed Martin.",
     "NASA", "Lockheed Martin"),
])
def test_providers_in_different_sentences_are_no_partners(read, text, agency, builder):
    got = read(text)
    t = triples(got)
    assert any(p == "providedBy" and o == builder for _, p, o in t), t
    assert not _partners(got, agency, builder), t


@pytest.mark.parametrize("text, a, b", [
    ("The Lyra camera was developed by CNES and DLR.", "CNES", "DLR"),
    ("The Kestrel spectrometer was built by ASI and JAXA.", "ASI", "JAXA"),
])
def test_providers_of_one_sentence_are_partners(read, text, a, b):
    got = read(text)
    assert _partners(got, a, b), triples(got)
