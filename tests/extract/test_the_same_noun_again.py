"""A definite noun after an unnamed thing told of by the same noun is that thing ("a team led by X ... The team will
present"), not a named one of the noun's class told of in between (Context.definite). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, gathering, wrong", [
    ("The discovery was made by a team led by Elena Varga of Tarsis University. The team will present its results "
     "at the Lunar and Planetary Science Conference on 17 March.", "Lunar and Planetary Science Conference",
     "Tarsis University"),
    ("The discovery was made by a team led by Elena Pettinelli of Roma Tre University. The team will present its "
     "results at the Kestrel Symposium in Oslo on 17 March.", "Kestrel Symposium", "Roma Tre University"),
])
def test_the_noun_again_is_the_thing_it_told_of(read, text, gathering, wrong):
    found = triples(read(text))
    assert (gathering, "participant", wrong) not in found, found
    assert any(s == gathering and p == "participant" and o.startswith("team") for s, p, o in found), found
