""""The two sides" after a delegation's visit are the delegation's body and its host, not the delegation itself
("A delegation from ISRO visited CNES headquarters. The two sides discussed cooperation on X": ISRO and CNES are
partners; antecedents._as_organizations, through groups.worker_org). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_two_sides_are_the_delegations_body_and_its_host(read):
    got = triples(read("A delegation from ISRO, led by Chairman Arjun Rao, visited CNES headquarters in Paris on "
                       "4 March. The two sides discussed cooperation on the TRISHNA satellite."))
    assert ("CNES", "partnerOf", "ISRO") in got or ("ISRO", "partnerOf", "CNES") in got, sorted(got)
    assert ("ISRO", "contributesTo", "TRISHNA") in got, sorted(got)
    assert not any(p == "partnerOf" and "delegation" in s + o for s, p, o in got), sorted(got)
