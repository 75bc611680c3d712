"""Who assembles a craft provides it (lexicon SUPPLY_VERBS gains assemble; "delegates assembled in Paris" stays
a gathering), and a craft operated from a facility with no operator named is run by whoever runs the facility
("operated from ESA's control centre", infer:operated-from, rules/facilities.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Andes-1 satellite was assembled by Orbix Space.",
    "Orbix Space will assemble the Andes-1 satellite at its plant in Porto.",
])
def test_who_assembles_a_craft_provides_it(read, text):
    got = triples(read(text))
    assert ("Andes-1", "providedBy", "Orbix Space") in got, sorted(got)


def test_delegates_who_assemble_provide_nothing(read):
    got = triples(read("Delegates from ESA and NASA assembled in Paris on 3 May."))
    assert not [x for x in got if x[1] == "providedBy"], sorted(got)


@pytest.mark.parametrize("text, runner", [
    ("The Andes-1 satellite will be operated from ESA's control centre in Darmstadt.", "ESA"),
    ("The Andes-1 satellite will be operated from the Orvana Space Agency's control centre in Lisbon.",
     "Orvana Space Agency"),
])
def test_a_craft_run_from_a_facility_is_run_by_its_operator(read, text, runner):
    got = triples(read(text))
    assert ("Andes-1", "operatedBy", runner) in got, sorted(got)


def test_a_named_operator_is_the_only_one(read):
    got = triples(read("The Andes-1 satellite will be operated by Orbix Space from ESA's control centre in "
                       "Darmstadt."))
    assert {o for s, p, o in got if s == "Andes-1" and p == "operatedBy"} == {"Orbix Space"}, sorted(got)
