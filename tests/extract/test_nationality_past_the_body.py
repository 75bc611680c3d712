""""German ESA astronaut Jonas Feldmann": a nationality written before a body's name and a title qualifies the
title's holder, not the body (rules/relations._holder_past_body). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, country, body", [
    ("German ESA astronaut Jonas Feldmann returned to Earth on 3 April.", "Jonas Feldmann", "Germany", "ESA"),
    ("The French CNES engineer Anne Roy said the test went well.", "Anne Roy", "France", "CNES"),
    ("Dutch ESA astronaut Pieter Vos will fly to the station in 2027.", "Pieter Vos", "Netherlands", "ESA"),
])
def test_the_nationality_is_the_holders(read, text, person, country, body):
    got = triples(read(text))
    assert (person, "country", country) in got, got
    assert (body, "country", country) not in got, got


def test_a_body_named_after_its_nationality_keeps_it(read):
    got = triples(read("The German space agency DLR will fund the mission."))
    assert ("DLR", "country", "Germany") in got, got
