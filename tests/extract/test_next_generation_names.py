"""A known name joined by a hyphen to a few capitals begins another thing's name, "the IASI-NG sounder", "the
Metop-SG A2 satellite" (series.stem_of, series.joined_end): the known thing is not mentioned there; two known bodies
joined by a hyphen before a name ("the NASA-ISRO X mission") are no part of it (titled_people.without_agency_prefix);
a participle on a noun tells of it only, not of a name joined to it with a participle of its own on its noun ("a
camera, built by X, and the B-NG sounder developed by Y": suppliers.told_apart). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name, known", [
    ("The IASI-NG sounder was developed by CNES.", "IASI-NG", "IASI"),
    ("The Metop-SG A2 satellite will be launched in 2031.", "Metop-SG A2", "MetOp"),
    ("EUMETSAT will operate Metop-SG-B2 from Darmstadt.", "Metop-SG-B2", "MetOp"),
])
def test_a_next_generation_name_is_not_the_known_one(read, text, name, known):
    found = labels(read(text))
    assert name in found and known not in found, found


@pytest.mark.parametrize("text, both", [
    ("ESA-JAXA talks were held in Paris on 3 May.", {"ESA", "JAXA"}),
    ("The ESA-JAXA BepiColombo mission reached Mercury.", {"ESA", "JAXA", "BepiColombo"}),
])
def test_names_joined_by_a_hyphen_stay_names(read, text, both):
    found = labels(read(text))
    assert both <= found, found


def test_joined_agencies_before_a_name_are_no_part_of_it(read):
    found = labels(read("The NASA-ISRO Varuna mission will map the ice sheets."))
    assert {"NASA", "ISRO"} <= found and not any(w.startswith("-") for w in found), found


@pytest.mark.parametrize("text, made, maker, other", [
    ("The probe carries a camera, provided by CNES under the Kelvo programme, and the Tamsin-NG sounder developed "
     "by DLR.", "Tamsin-NG", "DLR", "CNES"),
    ("The satellite carries a radar, built by OHB, and the Corvo-HR imager developed by Airbus.", "Corvo-HR",
     "Airbus", "OHB"),
    ("The satellite carries the Vela imager, built by OHB, and the Corvo-HR radar developed by Airbus.", "Corvo-HR",
     "Airbus", "OHB"),
])
def test_a_participle_tells_of_its_own_names_noun(read, text, made, maker, other):
    found = triples(read(text))
    assert (made, "providedBy", maker) in found and (made, "providedBy", other) not in found, found
