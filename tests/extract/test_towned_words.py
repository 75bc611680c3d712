"""towned_names.towned_word_end: a lone unknown word written with its town ("Vexa of Denver") names the firm, the
town apart; a class noun before "of" ("the University of Denver") keeps the whole name. On sentences written for this
test."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text", [
    "NASA selected Vexa of Denver to build the lander.",
    "The lander will be built by Vexa of Denver, Colorado.",
])
def test_a_word_with_its_town_is_the_firm(read, text):
    result = read(text)
    assert ("lander", "providedBy", "Vexa") in {(s.split(" [")[0], p, o) for s, p, o in triples(result)}
    assert "Vexa of Denver" not in labels(result)


def test_a_class_noun_of_a_town_keeps_its_name(read):
    assert "University of Denver" in labels(read("The University of Denver built the lander."))
