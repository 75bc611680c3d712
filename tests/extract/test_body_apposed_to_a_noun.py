"""A common noun with a body's name set beside it stands for that body: "signed an agreement with ISRO's
commercial arm NSIL", "with Kongsberg's satellite unit, Kongsberg NanoAvionics" (groups.apposed_body, read by
referents.things). A name that is no organization ("the robotic arm, Canadarm") is no party. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, deal, party", [
    ("CNES signed an agreement with ISRO's commercial arm NSIL.", "agreement [t]", "NewSpace India Limited"),
    ("Stellaris Dynamics signed a memorandum of understanding with ISRO's commercial arm NewSpace India Limited"
     " (NSIL) on 8 September.", "memorandum (2020-09-08) [t]", "NewSpace India Limited"),
    ("ESA signed an agreement with Kongsberg's satellite unit, Kongsberg NanoAvionics.", "agreement [t]",
     "Kongsberg NanoAvionics"),
])
def test_the_body_beside_the_noun_signs(read, text, deal, party):
    got = triples(read(text))
    assert (deal, "signatory", party) in got, got


@pytest.mark.parametrize("text", [
    "MDA will supply the station's robotic arm, Canadarm3, under a contract with CSA.",
    "The satellite, Vela-1, was built by OHB.",
])
def test_a_name_that_is_no_body_is_no_party(read, text):
    got = triples(read(text))
    assert not any(p in ("signatory", "partnerOf") and ("Canadarm3" in (s, o) or "Vela-1" in (s, o))
                   for s, p, o in got), got
