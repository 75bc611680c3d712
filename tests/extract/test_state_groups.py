"""States that act together make a group a later phrase takes back (Context.note_group): "Japan and India agreed
... The agreement was signed": the two states sign it, as two agencies would. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, states", [
    ("Japan and India agreed to cooperate on the Kite mission. The agreement was signed in Tokyo on 29 August 2026.",
     ("Japan", "India")),
    ("Norway and Sweden have agreed to jointly develop the Vela satellite. The agreement was reached during talks in "
     "Oslo on 3 May 2026.", ("Norway", "Sweden")),
])
def test_states_that_agreed_sign_the_agreement_told_of_next(read, text, states):
    got = {(s.split(" (")[0], p, o) for s, p, o in triples(read(text))}
    assert all(("agreement", "signatory", x) in got for x in states), got


def test_cities_make_no_group(read):
    got = triples(read("Tokyo and Osaka hosted the games. The agreement was signed on 3 May 2026."))
    assert not any(p == "signatory" for _, p, _ in got), got
