"""frame:bought-from: a made thing bought from an organization is provided by it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, maker", [
    ("The Marlow Space Agency has ordered two Tavi satellites from Korrin Aerospace.", "Tavi", "Korrin Aerospace"),
    ("EUMETSAT procured the Pella-3 satellite from Thales Alenia Space.", "Pella-3", "Thales Alenia Space"),
    ("The Tavi satellites were purchased from OHB in 2019.", "Tavi", "OHB"),
])
def test_rules_bought_from_the_seller_provides(read, text, thing, maker):
    t = triples(read(text))
    assert (thing, "providedBy", maker) in t, t


@pytest.mark.parametrize("text", [
    "The Marlow Space Agency ordered the Tavi satellite from its own budget.",
    "ESA bought time on the Tavi satellite from Italy.",
])
def test_rules_bought_from_no_organization_or_no_thing(read, text):
    t = triples(read(text))
    assert not any(p == "providedBy" for s, p, o in t), t
