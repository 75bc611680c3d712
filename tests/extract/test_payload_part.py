"""An instrument that is "part of the Vela payload" is part of Vela: a payload noun stands for the craft that
carries it (lexicon PAYLOAD_NOUNS, rules/wholes.py dep:part-noun). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Vela probe was launched in 2025. The Corax spectrometer is part of the Vela payload.",
    "The Vela probe was launched in 2025. The Corax spectrometer is part of Vela's science payload.",
    "The Vela probe was launched in 2025. The Corax spectrometer, part of the Vela payload, was built by OHB.",
    "The Corax spectrometer is part of the payload of the Vela probe.",
])
def test_part_of_a_crafts_payload_is_part_of_the_craft(read, text):
    assert ("Corax", "partOf", "Vela") in triples(read(text))


def test_a_person_in_a_payload_team_is_no_part(read):
    got = triples(read("The Vela probe was launched in 2025. Anna Berg is part of the Vela payload team."))
    assert not any(p == "partOf" for _, p, _ in got), got
