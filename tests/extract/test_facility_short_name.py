"""An unknown lone word the text calls only an organization ("a contract managed by Goddard") is a facility's own
short name, not the operator of the facility its name opens ("Goddard Space Flight Center",
rules/relations._inner_org); a known body that opens a facility's name still operates it. Sentences written for
these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_facilitys_short_name_is_no_operator(read):
    got = triples(read("Rebecca Torres works at NASA's Goddard Space Flight Center. The spacecraft was built under "
                       "a contract managed by Goddard."))
    assert ("Goddard Space Flight Center", "operatedBy", "Goddard") not in got, got


def test_a_known_body_in_a_facility_name_operates_it(read):
    got = triples(read("The NASA Headquarters is in Washington."))
    assert ("NASA Headquarters", "operatedBy", "NASA") in got, got
