"""Who a clause takes "as a partner of" a mission or a craft contributes to it: "Varga welcomed Norway as the
newest partner of the Aurora program", "ESA joined as a partner of the Vela mission" (the object, else the
subject; its coordinated names too). A partner of an agency is no contribution. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, goal", [
    ("Varga welcomed Norway and Kenya as the newest partners of the Vela mission.", {"Norway", "Kenya"}, "Vela"),
    ("ESA joined as a partner of the Vela mission in 2020.", {"ESA"}, "Vela"),
])
def test_who_is_taken_as_a_partner_contributes(read, text, who, goal):
    got = triples(read(text))
    assert {(w, "contributesTo", goal) for w in who} <= got, sorted(got)


def test_a_partner_of_an_agency_contributes_to_nothing(read):
    got = triples(read("NASA welcomed ESA as a partner of JAXA."))
    assert not [x for x in got if x[1] == "contributesTo"], sorted(got)
