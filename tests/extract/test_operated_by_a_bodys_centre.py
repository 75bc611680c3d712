"""A craft operated by a body's centre is operated by the body: "the Vela spacecraft, which is operated by ESA's
European Space Operations Centre" (rules/actions.py frame:operator: a facility's possessor). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, org", [
    ("The Vela spacecraft, which is operated by ESA's European Space Operations Centre, entered orbit around Mars.",
     "Vela", "ESA"),
    ("The Kelva probe was launched in 2024 and is operated by JAXA's Sagamihara Campus.", "Kelva", "JAXA"),
])
def test_the_centres_body_operates_the_craft(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text))


def test_a_centre_with_no_body_in_front_is_left_as_it_is(read):
    got = triples(read("The Vela satellite is operated by the Kelmar Control Centre."))
    assert not any(p == "operatedBy" and o not in ("Kelmar Control Centre",) for _, p, o in got), got
