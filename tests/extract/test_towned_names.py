""""Orbix Space of Houston, Vexa Labs of Denver and Kelmar Dynamics of Austin": names listed each with its town are
the list's items, not the towns' conjuncts (extract/towned_names.py, a parse repair). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, makers", [
    ("NASA has selected Orbix Space of Houston, Vexa Labs of Denver and Kelmar Dynamics of Austin to build the rovers.",
     {"Orbix Space", "Vexa Labs", "Kelmar Dynamics"}),
    ("The rovers will be built by Orbix Space of Houston, Vexa Labs of Golden, Colorado, and Kelmar Dynamics of "
     "Austin, Texas.", {"Orbix Space", "Vexa Labs", "Kelmar Dynamics"}),
])
def test_each_name_listed_with_its_town_acts(read, text, makers):
    facts = triples(read(text))
    assert makers <= {o for s, p, o in facts if p == "providedBy" and s.startswith("rovers")}, facts


def test_a_name_after_a_town_without_one_of_its_own_keeps_its_reading(read):
    """"Vexa Labs of Denver and the Orbix Institute": no "of" town after the second name; both build, as before."""
    facts = triples(read("The rover was built by Vexa Labs of Denver and the Orbix Institute."))
    assert {"Vexa Labs", "Orbix Institute"} <= {o for s, p, o in facts if p == "providedBy"}, facts
