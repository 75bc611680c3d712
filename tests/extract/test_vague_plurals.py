"""referents.described: a plural noun that a vague quantifier opens ("some programmes", "several instruments",
lexicon ``VAGUE_QUANTIFIERS``) names no particular things, so no thing is made of it; a counted one ("two
instruments") still is. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, noun", [
    ("Canada takes part in some programmes under a cooperation agreement.", "programmes"),
    ("The probe carries several instruments built by Orbix.", "several instruments"),
    ("Various missions were studied by Orbix.", "missions"),
])
def test_a_vague_plural_is_no_thing(read, text, noun):
    got = labels(read(text))
    assert not any(noun in x for x in got), got


def test_a_counted_plural_is_a_thing(read):
    assert any("two instruments" in x for x in labels(read("The probe carries two instruments built by Orbix.")))
