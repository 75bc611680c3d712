""""France and India signed an agreement on space cooperation": states that sign an agreement together are
partners, as bodies that do (rules/gatherings.py, frame:co-signatories). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, a, b", [
    ("France and India signed an agreement on space cooperation in New Delhi on 4 May.", "France", "India"),
    ("The governments of Norway and Japan signed a memorandum of understanding on Earth observation.", "Norway",
     "Japan"),
    ("Canada signed the agreement with the European Space Agency in Paris.", "Canada", "ESA"),
])
def test_states_that_sign_together_are_partners(read, text, a, b):
    got = triples(read(text))
    assert (a, "partnerOf", b) in got or (b, "partnerOf", a) in got, got


def test_a_state_that_signs_alone_has_no_partner(read):
    got = triples(read("Peru signed the Artemis Accords in Washington on 30 May."))
    assert not any(p == "partnerOf" for _, p, _ in got), got
