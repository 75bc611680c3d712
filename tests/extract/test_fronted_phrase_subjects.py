""""On the margins of the council, ESA and CNES signed an agreement": the parser coordinates the subject with the
fronted phrase's noun across the comma and leaves the verb with no subject; lost_subjects._fronted_subjects gives
it back. A fronted phrase the parser read right is left alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, signers", [
    ("On the margins of the council, ESA and the Portuguese Space Agency signed a framework agreement.",
     {"ESA", "Portugal Space"}),
    ("On the occasion of the Paris Air Show, CNES and ISRO signed an agreement.", {"CNES", "ISRO"}),
    ("On the sidelines of the International Astronautical Congress in Milan, ISRO and CNES signed an agreement.",
     {"ISRO", "CNES"}),
])
def test_the_subject_after_a_fronted_phrase_signs(read, text, signers):
    got = triples(read(text))
    assert signers <= {o for s, p, o in got if p == "signatory"}, got


@pytest.mark.parametrize("text, signers, not_signers", [
    ("In Paris, France, CNES signed an agreement with ISRO.", {"CNES", "ISRO"}, {"France", "Paris"}),
    ("After the meeting, NASA and ESA signed an agreement.", {"NASA", "ESA"}, set()),
])
def test_a_fronted_phrase_read_right_is_left_alone(read, text, signers, not_signers):
    got = triples(read(text))
    signed = {o for s, p, o in got if p == "signatory"}
    assert signers <= signed and not signed & not_signers, got
