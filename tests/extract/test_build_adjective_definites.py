""""The six-wheeled rover", "the solar-powered lander", "the robotic lander": a definite craft noun whose
modifiers only tell how it is built or flown (lexicon BUILD_ADJECTIVES, and a hyphened adjective ending in a word
of BUILD_ADJECTIVE_ENDS) is the craft told of before, not a new one (Tree.recalling_words, read by
Context.definite). An ordinal or another kind of modifier still makes another thing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, maker", [
    ("NASA's Talvi rover landed on Mars on 3 May. The six-wheeled rover was built by Halden Aerospace.",
     "Talvi", "Halden Aerospace"),
    ("The Koru lander touched down on the Moon. The solar-powered lander was built by Taranui Space.",
     "Koru", "Taranui Space"),
    ("ISRO's Pragati rover reached the lunar surface on 4 June. The car-sized rover was developed by Vyom Labs.",
     "Pragati", "Vyom Labs"),
    ("The Koru lander touched down on the Moon on 3 May. The robotic lander was built by Taranui Space.",
     "Koru", "Taranui Space"),
    ("JAXA launched the Hoshi probe in March. The Mars-bound spacecraft was built by Mitsuda Heavy Industries.",
     "Hoshi", "Mitsuda Heavy Industries"),
])
def test_a_definite_noun_of_how_a_craft_is_built_is_the_craft_told_of(read, text, craft, maker):
    got = read(text)
    assert (craft, "providedBy", maker) in triples(got), triples(got)
    assert not any(w in label for label in labels(got) for w in ("wheeled", "powered", "sized", "robotic", "bound")), \
        labels(got)


@pytest.mark.parametrize("text, craft, maker", [
    # an ordinal makes another craft
    ("NASA's Talvi rover landed on Mars on 3 May. The second rover was built by Halden Aerospace.",
     "Talvi", "Halden Aerospace"),
    # an adjective of another kind (which of several) still makes another one
    ("The Koru lander touched down on the Moon. The larger lander was built by Taranui Space.",
     "Koru", "Taranui Space"),
    # a second craft's own name after the noun is that craft
    ("The Koru lander touched down on the Moon. The solar-powered lander Mahina was built by Taranui Space.",
     "Koru", "Taranui Space"),
])
def test_other_modifiers_still_make_another_craft(read, text, craft, maker):
    got = read(text)
    assert (craft, "providedBy", maker) not in triples(got), triples(got)
