""""Australia will offer support for Korean missions from its station in Alice Springs": a state owns a seat as a
body does, so "its" in a seat the clause acts from is the subject's, the state's, never a body named before
(Antecedents.antecedents with owned_seats). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, other", [
    ("KASA will share data with Australia. In return, Australia will offer ground station support for Korean "
     "missions from its station in Alice Springs.", "KASA"),
    ("ESA signed the agreement. Norway will track the probe from its station in Svalbard.", "ESA"),
])
def test_a_states_seat_is_not_the_body_named_before(read, text, other):
    got = triples(read(text))
    assert not any(p == "operatedBy" and o == other for _, p, o in got), got


def test_a_bodys_seat_is_still_its_own(read):
    got = triples(read("The probe flew over Chile. NASA will track it from its station in Santiago."))
    assert any(s.startswith("station") and p == "operatedBy" and o == "NASA" for s, p, o in got), got
