"""A town followed by "in" and a country is in that country, however the parser hangs "in Norway" ("tested in
Harstad in Norway", pattern:place-comma-country in rules/relations.py, as "Harstad, Norway" was); a town followed by
"in" and a date or a town is not so read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The camera was tested in Harstad in Norway.",
    "The station near Harstad in Norway received the data.",
])
def test_a_town_in_a_country(read, text):
    got = triples(read(text))
    assert ("Harstad", "locatedIn", "Norway") in got, sorted(got)


def test_a_town_in_a_year_is_in_no_place(read):
    got = triples(read("The camera was tested in Seville in 2021."))
    assert not [x for x in got if x[1] == "locatedIn"], sorted(got)
