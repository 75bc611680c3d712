""""The Lusitania camera on the rover's mast was provided by X": a thing whose "on" phrase names a part of a craft that
holds instruments (lexicon MOUNTING_NOUNS, CRAFT_PART_NOUNS) is part of that craft (rules/payloads.py
dep:on-a-crafts-part), as "mounted on the rover's mast" is (frame:carried). A mast of what is no craft gives no part.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, craft", [
    ("NASA's Kirra rover landed on Mars. The Lusitania camera on the rover's mast was provided by the Portuguese "
     "Space Agency.", "Lusitania", "Kirra"),
    ("The Ondra spectrometer on the arm of the Talvi rover was built by the Spanish National Research Council.",
     "Ondra", "Talvi"),
    ("ESA's Veyra probe reached Venus in 2027. The Lisrad spectrometer on the probe's platform found sulphur.",
     "Lisrad", "Veyra"),
])
def test_a_thing_on_a_part_of_a_craft_is_part_of_it(read, text, part, craft):
    got = triples(read(text))
    assert (part, "partOf", craft) in got, got


def test_a_mast_of_no_craft_gives_no_part(read):
    got = triples(read("The camera on the mast of the research vessel Arkona was built by Halden Optics."))
    assert not any(p == "partOf" for _, p, _ in got), got
