""""Aurelis-2 joins Aurelis-1 in the Aurelis constellation": a craft that joins other craft "in" a named
constellation, series or programme (lexicon PROGRAMME_NOUNS) is part of it, and so are the craft it joins
(rules/wholes.py, frame:joins-programme). A fleet is no programme; countries joining are no parts. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, parts, whole", [
    ("Aurelis-2 joins Aurelis-1 in the Aurelis constellation.", ("Aurelis-2", "Aurelis-1"), "Aurelis"),
    ("The Kelsa-4 satellite will join Kelsa-2 and Kelsa-3 in the Kelsa constellation in 2027.",
     ("Kelsa-4", "Kelsa-2", "Kelsa-3"), "Kelsa"),
])
def test_craft_joined_in_a_constellation_are_its_parts(read, text, parts, whole):
    got = triples(read(text))
    for p in parts:
        assert (p, "partOf", whole) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Kelsa-4 satellite joins Astrelis-2 in the operator's fleet.",
    "Norway joined Sweden in the Helion programme in 2020.",
])
def test_no_part_from_a_fleet_or_from_countries(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for s, p, o in got), sorted(got)
