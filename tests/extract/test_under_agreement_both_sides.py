""""Under a new agreement, EUMETSAT and the Norvadian Meteorological Institute will share data": two or more
bodies that act under (through, via) an agreement as the clause's subject are its sides, its signatories
(rules/signed_participles.py, dep:under-agreement-with), as data-sharing and data-access agreements are told.
One subject names one side only; bodies acting under an agreement others signed sign nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, a, b", [
    ("Under a new agreement, EUMETSAT and the Norvadian Meteorological Institute will share data on sea ice.",
     "EUMETSAT", "Norvadian Meteorological Institute"),
    ("Under the agreement signed on 3 May, ESA and the Kestovian Space Agency will cooperate on ocean monitoring.",
     "ESA", "Kestovian Space Agency"),
    ("Through a data-access arrangement, NOAA and the Kestovian Space Agency will exchange satellite images.",
     "NOAA", "Kestovian Space Agency"),
])
def test_bodies_acting_together_under_an_agreement_sign_it(read, text, a, b):
    got = triples(read(text))
    assert any(p == "signatory" and o == a for s, p, o in got), sorted(got)
    assert any(p == "signatory" and o == b for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "Under the agreement, the Norvadian Meteorological Institute will receive near-real-time ocean data.",
    "Astrelis SA will provide data to Nubiacom under a ten-year agreement.",
])
def test_one_body_under_an_agreement_signs_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "signatory" for s, p, o in got), sorted(got)


def test_bodies_acting_under_a_deal_others_signed_sign_nothing(read):
    got = triples(read("NASA and ISRO signed an agreement in May. Under the agreement, NOAA and the US Geological "
                       "Survey will distribute NISAR data."))
    assert not any(p == "signatory" and o in ("NOAA", "USGS") for s, p, o in got), sorted(got)
