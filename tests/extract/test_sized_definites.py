""""The 120-kilogram satellite", "the new spacecraft": a definite class noun whose only modifiers tell its size
or mass (a number and a unit of lexicon MEASURE_UNITS) or are adjectives of lexicon BACK_ADJECTIVES is the
thing told of before, not a new one (Tree.recalling_words, read by Context.definite). Other modifiers still
make a new thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, maker", [
    ("The Kestrian Space Agency launched Lumen-1 on Tuesday. The 120-kilogram satellite was built by Orbitek.",
     "Lumen-1", "Orbitek"),
    ("NASA launched the Brightwater probe in May. The 4-tonne spacecraft was built by Halden Aerospace.",
     "Brightwater", "Halden Aerospace"),
    ("ESA has completed the Ostra-2 satellite. The 350 kg satellite was assembled by Varnel Systems.",
     "Ostra-2", "Varnel Systems"),
    ("ESA launched Kivra-1 on Monday. The new satellite was built by Tessaly Space in Arvelle.",
     "Kivra-1", "Tessaly Space"),
])
def test_a_measured_or_new_definite_noun_is_the_craft_told_of(read, text, craft, maker):
    got = read(text)
    assert (craft, "providedBy", maker) in triples(got), triples(got)
    assert not any(w in label for label in labels(got) for w in ("kilogram", "tonne", "kg ", "new satellite")), \
        labels(got)


@pytest.mark.parametrize("text, craft, maker", [
    # a modifier that is no size makes another thing: the radar satellite is not the named optical one
    ("ESA launched the optical satellite Ostra-2 in May. The radar satellite was built by Varnel Systems.",
     "Ostra-2", "Varnel Systems"),
    # a second craft's own name after the noun is that craft
    ("NASA launched Lumen-1 on Tuesday. The new satellite, Lumen-2, was built by Orbitek.", "Lumen-1", "Orbitek"),
])
def test_other_modifiers_still_make_another_thing(read, text, craft, maker):
    got = read(text)
    assert (craft, "providedBy", maker) not in triples(got), triples(got)
