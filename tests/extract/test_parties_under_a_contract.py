"""The parties of an agreement told only as the frame of a clause: "Arianespace will launch the Kelvo-4 satellite
for the Nordavia Space Agency ..., under a contract signed today" is signed by Arianespace and the agency (whom the
launch is for). An agreement already said to be signed keeps its signers ("Under the contract, OHB will build X"
adds no OHB), and a clause whose subject is a craft names no party. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

LAUNCH = ("Arianespace will launch the Kelvo-4 satellite for the Nordavia Space Agency on a Vega-C rocket in 2027, "
          "under a contract signed today at the Paris Air Show.")


def test_the_bodies_that_act_sign(read):
    found = triples(read(LAUNCH))
    assert {o for _, p, o in found if p == "signatory"} == {"Arianespace", "Nordavia Space Agency"}, sorted(found)


def test_signers_said_before_stay(read):
    found = triples(read(LAUNCH + " Under the contract, OHB will build the Lyra satellite."))
    assert "OHB" not in {o for _, p, o in found if p == "signatory"}, sorted(found)


def test_a_craft_is_no_party(read):
    found = triples(read("Under the agreement, the Vela probe will carry a camera supplied by ESA."))
    assert not any(p == "signatory" for _, p, _ in found), sorted(found)
