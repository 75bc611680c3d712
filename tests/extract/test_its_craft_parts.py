""""ESA launched the Solstra probe in 2027. Its payload includes the Lisrad spectrometer": "its" on a clause's subject
that is an instrument or a part of a craft (lexicon CRAFT_PART_NOUNS, MOUNTING_NOUNS) is the craft's, not the agency
told nearer (antecedents._names_a_crafts_part): the parts are the craft's. "Its Director General" stays the body's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, triple", [
    ("ESA launched the Solstra probe in 2027. Its payload includes the Lisrad spectrometer and the Orca camera.",
     ("Orca", "partOf", "Solstra")),
    ("ESA launched the Solstra probe in 2027. Its main instrument, the Lisrad spectrometer, was developed by ETH "
     "Zurich.", ("Lisrad", "partOf", "Solstra")),
    ("ESA launched the Solstra probe in 2027. Its main instrument, the Lisrad spectrometer, was developed by ETH "
     "Zurich.", ("ETH Zurich", "contributesTo", "Solstra")),
    ("ESA launched the Veyra probe in 2023 towards Venus. Its thrusters fired on 3 January 2027.",
     ("fire (2027-01-03) [t]", "participant", "Veyra")),
])
def test_its_on_a_crafts_part_is_the_crafts(read, text, triple):
    got = triples(read(text))
    assert triple in got, got


def test_its_on_a_title_stays_the_bodys(read):
    got = triples(read("ESA launched the Solstra probe in 2027. Its Director General, Anna Berg, welcomed the launch."))
    assert ("Anna Berg", "headOf", "ESA") in got, got
