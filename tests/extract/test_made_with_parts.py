""""The satellite was built by X, with a camera supplied by Y", "NASA launched Vela with a new spectrometer on
board": an instrument in a "with" phrase of a craft's making or launch is part of the craft (lexicon
MADE_WITH_VERBS, rules/wholes.made_with). A body, a rocket or funding after "with" is no part. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _parts(got):
    return {(s.split(" [")[0], o.split(" [")[0]) for s, p, o in triples(got) if p == "partOf"}


@pytest.mark.parametrize("text, part, whole", [
    ("The Orlica-2 satellite was built by Creotech in Poland, with a camera supplied by Vortech Optics.",
     "camera of Orlica-2", "Orlica-2"),
    ("NASA launched the Tessaly probe in 2020 with a new spectrometer on board.", "new spectrometer of Tessaly",
     "Tessaly"),
    ("The Vela orbiter was designed by Airbus, with a radar built by Thales.", "radar of Vela", "Vela"),
    ("ESA built the lander with a drill from Politecnico di Milano.", "drill of lander", "lander"),
])
def test_an_instrument_a_craft_was_made_or_launched_with_is_its_part(read, text, part, whole):
    assert (part, whole) in _parts(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "The Vela satellite was built by Airbus with Thales Alenia Space.",
    "Orlica-2 was launched with a Falcon 9 rocket.",
    "The Tessaly probe was developed with funding from the European Union.",
])
def test_a_body_a_rocket_or_funding_after_with_is_no_part(read, text):
    assert not _parts(read(text)), triples(read(text))
