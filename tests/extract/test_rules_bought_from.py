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


@pytest.mark.parametrize("text, thing, maker", [
    ("Korrin Aerospace has subcontracted the Tavi radar to Ostmark Systems.", "Tavi", "Ostmark Systems"),
    ("Helvor Aerospace will outsource the propulsion module of the Tavi satellite to Brakvik Ltd.",
     "propulsion module of Tavi", "Brakvik Ltd."),
])
def test_rules_subcontracted_to_the_subcontractor_provides(read, text, thing, maker):
    t = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert (thing, "providedBy", maker) in t, t


def test_rules_subcontracted_to_work_is_no_thing(read):
    t = triples(read("The company subcontracted part of the work to Ostmark Systems."))
    assert not any(p == "providedBy" for s, p, o in t), t
