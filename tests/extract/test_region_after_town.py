"""A name set after a town by commas is the town's region, a place, though a list of companies goes on after it:
"Lunar Outpost of Golden, Colorado, and Intuitive Machines of Houston" (Colorado is no company); a name listed
with companies alone is still a company. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, region", [
    ("Under the contracts, Lunar Outpost of Golden, Colorado, and Intuitive Machines of Houston will each build a "
     "rover.", "Colorado"),
    ("The awards went to Orbix of Tromsø, Norway, and Airbus of Toulouse.", "Norway"),
])
def test_a_region_after_a_town_is_a_place(read, text, region):
    classes = classes_of(read(text), region)
    assert classes and not any(c in ("Company", "Organization") for c in classes), classes


def test_a_name_listed_with_companies_is_a_company(read):
    assert "Company" in classes_of(read("Airbus, Thales and Skyrora will build it."), "Skyrora")
