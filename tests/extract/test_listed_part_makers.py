"""A part listed after another ("uses a first stage and an upper stage supplied by X", "consists of two stages
and a kick stage built by X", "carries a camera and solar arrays made by Y") belongs to the whole the list's
first member belongs to: its maker contributes to that launcher or craft (rules/launcher_parts.py), also where the
parser joins the listed part to the verb itself. A part of a clause of its own gives nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, maker, whole", [
    ("The Valkor-1 rocket consists of two stages and a kick stage built by Fennel Propulsion.", "Fennel Propulsion",
     "Valkor-1"),
    ("The Valkor-1 rocket uses a first stage and an upper stage supplied by Fennel Propulsion.", "Fennel Propulsion",
     "Valkor-1"),
    ("The Lyrion-5 satellite carries a camera and solar arrays made by Helion Optics.", "Helion Optics", "Lyrion-5"),
])
def test_the_maker_of_a_listed_part_contributes_to_the_whole(read, text, maker, whole):
    got = triples(read(text))
    assert (maker, "contributesTo", whole) in got, got


def test_a_part_in_a_clause_of_its_own_gives_nothing(read):
    got = triples(read("The Valkor-1 rocket lifted off and a kick stage built by Fennel Propulsion separated."))
    assert ("Fennel Propulsion", "contributesTo", "Valkor-1") not in got, got
