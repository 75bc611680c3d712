""""The consortium includes A, B and C" after "a consortium led by X to build Y": the members are the leader's
partners and work on what it builds (consortia._told_before; the infinitive may hang on "led"), also when each
member's place is named and the parser hangs the next member on the place ("OHB in Germany, Airbus in France and
GMV": EntityTable.conjuncts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members", [
    ("ESA signed a contract with a consortium led by Orvik Space to build the Argonaut lander. The consortium "
     "includes Vela Systems, Tessa Aerospace and Korvan Robotics.", ["Vela Systems", "Tessa Aerospace",
                                                                     "Korvan Robotics"]),
    ("ESA signed a contract with a consortium led by Orvik Space to build the Argonaut lander. The consortium "
     "includes Vela Systems in Germany, Tessa Aerospace in France and the Spanish company Korvan Robotics.",
     ["Vela Systems", "Tessa Aerospace", "Korvan Robotics"]),
])
def test_members_of_the_consortium_told_before(read, text, members):
    got = triples(read(text))
    for m in members:
        assert (m, "contributesTo", "Argonaut") in got, sorted(got)
        assert (m, "partnerOf", "Orvik Space") in got or ("Orvik Space", "partnerOf", m) in got, sorted(got)


def test_a_consortium_further_back_is_another(read):
    got = triples(read("ESA signed a contract with a consortium led by Orvik Space to build the Argonaut lander. "
                       "The launch is planned for 2031. The satellite will carry a camera. The antenna is ready. "
                       "The consortium includes Vela Systems and Tessa Aerospace."))
    assert not any(o == "Orvik Space" or s == "Orvik Space" for s, p, o in got if p == "partnerOf"
                   and {s, o} & {"Vela Systems", "Tessa Aerospace"}), sorted(got)


def test_places_in_a_list_of_bodies_stay_places(read):
    got = triples(read("The Orla satellite was built by Vela Systems in Germany and Tessa Aerospace in France."))
    assert {("Orla", "providedBy", "Vela Systems"), ("Orla", "providedBy", "Tessa Aerospace")} <= got, sorted(got)
    assert not any(o in ("Germany", "France") for _, p, o in got if p == "providedBy"), sorted(got)
