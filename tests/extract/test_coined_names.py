"""A coined word with a capital inside ("OrbitKeep") is a name even where the tagger reads a verb (mentions.py
``_name_word``), and "the company OrbitKeep" is a company even when the parser hangs the name on a noun
further back (head_nouns.head_noun_class). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name, cls", [
    ("The Halcyon spacecraft, built by the Luxembourg company OrbitKeep for the Vela Space Agency, docked with "
     "Aster-2.", "OrbitKeep", "Company"),
    ("The Tarn probe, designed by the Estonian firm StarForge for the Korvan Space Agency, reached Mars.",
     "StarForge", "Company"),
])
def test_a_coined_name_after_a_class_noun(read, text, name, cls):
    ext = read(text)
    assert classes_of(ext, name) == {cls}, sorted((e.label, sorted(e.classes)) for e in ext.entities.values())


def test_a_plain_capitalized_word_is_not_made_a_name(read):
    ext = read("The Halcyon spacecraft, built in Toulouse for the Vela Space Agency, docked with Aster-2.")
    assert "Toulouse" in labels(ext) and not any(e.label.startswith("Halcyon spacecraft") for e in
                                                  ext.entities.values()), labels(ext)
