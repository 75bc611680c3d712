"""A relative clause set off after a list whose last name alone has an article tells of that name alone ("JAXA and
the Canadian Space Agency, which contributed an instrument": relatives._singled_out; session 37). Sentences written
for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_clause_tells_of_the_articled_last_name(read):
    t = triples(read("The sample will be shared with JAXA and the Canadian Space Agency, which contributed an "
                     "instrument to the Vela mission."))
    assert ("CSA", "contributesTo", "Vela") in t, t
    assert ("JAXA", "contributesTo", "Vela") not in t and not any(o == "JAXA" for s, p, o in t), t


def test_names_alike_share_the_clause(read):
    t = triples(read("The sample will be shared with JAXA and CSA, which contributed instruments to the Vela "
                     "mission."))
    assert {("CSA", "contributesTo", "Vela"), ("JAXA", "contributesTo", "Vela")} <= t, t
