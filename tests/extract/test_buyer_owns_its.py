""""Its" in the purpose of an order is the buyer's: "Zenara Space AS has ordered four satellites from Brevik
Orbital Industries to expand its Lumen constellation" (the constellation is Zenara's, not the seller's, the
body named just before "its"). Ordering, buying, procuring and acquiring join the commissioning verbs whose
infinitive's "its" is their subject's (lexicon COMMISSION_VERBS; commissions.py). An "its" in a clause of the
seller's own stays the seller's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, buyer, seller", [
    ("Zenara Space AS bought two satellites from Brevik Orbital Industries to replenish its Lumen constellation.",
     "Lumen", "Zenara Space AS", "Brevik Orbital Industries"),
    ("The Vela Space Agency will procure three satellites from Halvik Systems to complete its Nordsat "
     "constellation.", "Nordsat", "Vela Space Agency", "Halvik Systems"),
    ("Orvane Telecom ordered two satellites from Kessler Aerospace to expand its Orvik fleet of satellites.",
     "Orvik", "Orvane Telecom", "Kessler Aerospace"),
])
def test_its_in_the_purpose_of_an_order_is_the_buyers(read, text, craft, buyer, seller):
    got = triples(read(text))
    assert (craft, "operatedBy", seller) not in got, got
    assert (craft, "operatedBy", buyer) in got, got


def test_its_in_the_sellers_clause_stays_the_sellers(read):
    got = triples(read("Zenara Space AS has ordered four satellites from Brevik Orbital Industries, which will "
                       "build them in its Bremen plant."))
    assert ("Bremen plant [t]", "operatedBy", "Brevik Orbital Industries") in got, got
