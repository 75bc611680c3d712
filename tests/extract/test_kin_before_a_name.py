"""A craft's kin written before a name it possesses ("its twin Vela-1", "its predecessor Kestrel-4") is no part of
it (lexicon KIN_NOUNS; rules/relations.py possessives); a part's noun there ("its camera Tarn-4") still is. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, kin, craft", [
    ("The Vela-2 satellite joins its twin Vela-1 in orbit.", "Vela-1", "Vela-2"),
    ("The Kestrel-5 satellite replaces its predecessor Kestrel-4.", "Kestrel-4", "Kestrel-5"),
])
def test_a_crafts_kin_before_its_name_is_no_part(read, text, kin, craft):
    got = triples(read(text))
    assert (kin, "partOf", craft) not in got, got


def test_a_part_before_its_name_is_a_part(read):
    got = triples(read("The Orla probe carries its camera Tarn-4."))
    assert ("Tarn-4", "partOf", "Orla") in got, got
