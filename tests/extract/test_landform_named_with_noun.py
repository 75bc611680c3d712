"""A name with a landform's noun written in lower case after it is also named with its noun: "the Moon's Shackleton
crater" is the place "Shackleton crater" (names.landform_name; session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, name", [
    ("The lander will touch down near the Moon's Shackleton crater in 2027.", "Shackleton crater"),
    ("The rover will explore Veyra basin on Mars.", "Veyra basin"),
])
def test_a_landform_is_named_with_its_noun(read, text, name):
    got = read(text)
    ents = [e for e in got.entities.values() if name in (e.label, *e.aliases)]
    assert ents and "Place" in ents[0].classes, labels(got)


def test_a_landform_noun_in_capitals_is_in_the_name_already(read):
    assert "Jezero Crater" in labels(read("The rover landed in Jezero Crater on Mars."))
