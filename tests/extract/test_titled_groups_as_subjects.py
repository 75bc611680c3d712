"""A list of titled people that opens a sentence, whose first title the tagger read as a verb hung on the main verb
("NASA astronauts A and B, ESA astronaut C and Roscosmos cosmonaut D splashed down"): the first names are subjects
too (clauses._title_noun). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, people", [
    ("NASA astronauts Mara Lind and Tom Vance, ESA astronaut Piet Holm and Roscosmos cosmonaut Ivan Orlov splashed "
     "down off the coast of Florida on 12 March.", {"Mara Lind", "Tom Vance", "Piet Holm", "Ivan Orlov"}),
    ("NASA astronauts Mara Lind and Tom Vance, and JAXA astronaut Kenji Sato landed in Kazakhstan on 3 May.",
     {"Mara Lind", "Tom Vance", "Kenji Sato"}),
])
def test_every_titled_person_of_the_list_takes_part(read, text, people):
    found = triples(read(text))
    landed = {o for s, p, o in found if p == "participant" and s.startswith("landing")}
    assert people <= landed, found
