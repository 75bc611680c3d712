"""A facility named after a town the knowledge base knows is in that town ("the Kiruna Ground Station", name:town-
in-name, rules/town_names.py); a facility the knowledge base knows, or one named after no town, reads nothing
here. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, facility, town", [
    ("Data are received at the Kiruna Ground Station.", "Kiruna Ground Station", "Kiruna"),
    ("The camera was tested at the Darmstadt Test Facility on 3 May.", "Darmstadt Test Facility", "Darmstadt"),
])
def test_a_facility_named_after_a_town_is_in_it(read, text, facility, town):
    got = triples(read(text))
    assert (facility, "locatedIn", town) in got, sorted(got)


def test_a_facility_named_after_no_town_is_nowhere(read):
    got = triples(read("Data are received at the Vela Ground Station."))
    assert not [x for x in got if x[1] == "locatedIn"], sorted(got)
