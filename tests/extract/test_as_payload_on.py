"""A thing flown "as a (hosted) payload on" a craft is part of it (rules/aboard.py dep:as-payload-on): the parser
hangs the craft on the "as" noun, and "CNES will fly the CLIMA-H sensor as a hosted payload on the Ardent-7
satellite" gave no partOf. A body "as a partner on" a mission is no payload. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("CNES will fly the CLIMA-H sensor as a hosted payload on the Ardent-7 satellite.", "CLIMA-H", "Ardent-7"),
    ("The CLIMA-H sensor will fly as a hosted payload on Ardent-7.", "CLIMA-H", "Ardent-7"),
    ("CNES and Ardent Telecom signed an agreement to fly the CLIMA-H sensor as a hosted payload on the "
     "operator's next satellite, Ardent-7.", "CLIMA-H", "Ardent-7"),
    ("The Marlin terminal was selected as a payload aboard the Orbis-3 satellite.", "Marlin", "Orbis-3"),
])
def test_a_thing_flown_as_a_payload_on_a_craft_is_part_of_it(read, text, part, whole):
    got = triples(read(text))
    assert (part, "partOf", whole) in got, got


@pytest.mark.parametrize("text", [
    "ESA joined as a partner on the Vela mission.",
    "Lena Varga will serve as a payload specialist on the Vela mission.",
])
def test_no_part_from_other_as_phrases(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for s, p, o in got), got
