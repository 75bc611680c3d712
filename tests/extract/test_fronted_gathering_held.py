"""A gathering in a fronted phrase with a participle set off after it ("At its 101st meeting, held in Darmstadt on 3
December, the Council approved X"), which the parser hangs on the main verb: the participle's place is the
gathering's (rules/events.py, dep:event-held-in). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, place", [
    ("At its 101st meeting, held in Darmstadt on 3-4 December, the Kelvo Council approved the programme.",
     "Darmstadt"),
    ("At its annual meeting, held in Lisbon on 9 June, the Velorian Space Council elected a new chair.", "Lisbon"),
])
def test_the_set_off_participle_places_the_gathering(read, text, place):
    found = triples(read(text))
    assert any(s.startswith(("101st meeting", "annual meeting")) and p == "locatedIn" and o == place
               for s, p, o in found), found
