"""A facility told of by its noun with an organization's name opening its compounds ("the VSA mission control
centre in Tarsa", rules/facilities.py _owners) is run by that organization, as "VSA's centre" is. A town there
("the Kourou spaceport") owns nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, owner, place", [
    ("The rover is operated from the ESA mission control centre in Darmstadt.", "ESA", "Darmstadt"),
    ("The new DLR test facility near Cologne opened on 3 May.", "DLR", "Cologne"),
    ("Data are received at the NASA ground station in Canberra.", "NASA", "Canberra"),
])
def test_an_organization_before_a_facility_noun_runs_it(read, text, owner, place):
    got = triples(read(text))
    assert any(p == "operatedBy" and o == owner for s, p, o in got), sorted(got)
    assert any(p == "locatedIn" and o == place for s, p, o in got), sorted(got)


def test_a_town_before_a_facility_noun_runs_nothing(read):
    got = triples(read("The rocket lifted off from the Lisbon test centre in Portugal on 3 May."))
    assert not [x for x in got if x[1] == "operatedBy"], sorted(got)
