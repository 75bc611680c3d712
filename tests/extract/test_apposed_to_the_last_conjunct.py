""""the ministry and the French space agency CNES": a name right after the second of two coordinated nouns names
that noun, not the first one, on which the parser hangs it (conjunct_appositions). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, signers", [
    ("The Federal Ministry for Economic Affairs and Energy funds the call. In addition, the ministry and the French "
     "space agency CNES signed a joint declaration of intent.",
     {"Federal Ministry for Economic Affairs and Energy", "CNES"}),
    ("The Ministry of Research of Norvasia prepared the strategy. The ministry and the US agency NASA signed a "
     "letter of intent.", {"Ministry of Research of Norvasia", "NASA"}),
])
def test_the_first_conjunct_keeps_its_own_referent(read, text, signers):
    got = triples(read(text))
    assert signers <= {o for s, p, o in got if p == "signatory"}, got


def test_the_name_takes_the_class_of_its_own_noun(read):
    got = read("The satellite and the rover Tarka were launched together.")
    assert "Rover" in classes_of(got, "Tarka"), classes_of(got, "Tarka")


def test_a_name_apposed_to_a_single_noun_is_unchanged(read):
    got = triples(read("The French space agency CNES signed a joint declaration of intent with DLR."))
    assert {"CNES", "DLR"} <= {o for s, p, o in got if p == "signatory"}, got
