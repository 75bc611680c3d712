"""A definite "the programme" / "this initiative" stands for a programme told of, never for a satellite told of
before, even one typed a mission as well (entities.may_take_back; lexicon PROGRAMME_NOUNS less the collective
nouns). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "KelSat-1 is a CubeSat built by students. With this programme, ESA and DLR will take part in a real "
    "space mission.",
    "The Kestrel satellite was launched in 2025. The programme is funded by the Ministry of Education.",
])
def test_the_programme_is_not_the_satellite_before(read, text):
    found = triples(read(text))
    assert not any(s in ("KelSat-1", "Kestrel") and p in ("providedBy", "operatedBy") for s, p, _ in found), found
    assert not any(o in ("KelSat-1", "Kestrel") and p == "contributesTo" for _, p, o in found), found


def test_the_programme_is_the_programme_before(read):
    found = triples(read("ESA and JAXA lead the Helios programme. Norway contributes to the programme."))
    assert ("Norway", "contributesTo", "Helios") in found, found
