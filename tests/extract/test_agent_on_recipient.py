"""A passive's "by" agent the parser hangs on the recipient's noun is the participle's agent: "the Corax instrument
was provided to the Vela mission by DLR" (frames._stray_agent: "to" joins "at", "in", "as"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, inst, org", [
    ("The Corax instrument was provided to the Vela mission by DLR.", "Corax", "DLR"),
    ("The Corax spectrometer was supplied to the Kelva probe by the Kelmar Institute.", "Corax", "Kelmar Institute"),
])
def test_the_agent_after_the_recipient_provides(read, text, inst, org):
    assert (inst, "providedBy", org) in triples(read(text))


def test_a_by_phrase_with_no_body_provides_nothing(read):
    got = triples(read("The Corax instrument was provided to the Vela mission by 2025."))
    assert not any(p == "providedBy" for _, p, _ in got), got
