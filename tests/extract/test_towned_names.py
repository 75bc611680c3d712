""""Orbix Space of Houston, Vexa Labs of Denver and Kelmar Dynamics of Austin": names listed each with its town are
the list's items, not the towns' conjuncts (extract/towned_names.py, a parse repair). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


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


@pytest.mark.parametrize("text", [
    "Vantor Orbital will lead an industrial team including Helix Dynamics of Turin and Solenne Systems.",
    "Vantor Orbital, based in Bremen, Germany, will lead a team including Helix Dynamics of Turin and Solenne "
    "Systems.",
])
def test_a_firm_with_its_town_then_a_firm_without(read, text):
    """"Helix Dynamics of Turin and Solenne Systems": the model sees no name in the first firm, the parser makes the
    second the object of its "of" (towned_word_end, towned_names._town_then_name). Both are the leader's partners,
    and the town is a town."""
    got = read(text)
    assert {("Helix Dynamics", "partnerOf", "Vantor Orbital"), ("Solenne Systems", "partnerOf", "Vantor Orbital")} \
        <= triples(got), triples(got)
    assert "City" in classes_of(got, "Turin")
