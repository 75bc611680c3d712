"""A name written with the other spelling of one of its words is the knowledge base's name ("Andøya Space
Centre" is the KB's "Andøya Space Center", "European Space Operations Center" its "... Centre"): lexicon
SPELLINGS, read by gazetteer.name_key. A name that differs by a word, not a spelling, stays apart. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from presskg.extract.gazetteer import name_key

from ..helpers import labels


@pytest.mark.parametrize("text, kb_label", [
    ("Kvasir Photonics will test the ground station at the Andøya Space Centre.", "Andøya Space"),
    ("The satellites of Halden Systems are flown from the European Space Operations Center.", "ESOC"),
])
def test_other_spelling_finds_the_kb_name(read, text, kb_label):
    got = read(text)
    assert kb_label in labels(got), labels(got)
    assert not any(lab.endswith(("Centre", "Center")) for lab in labels(got)), labels(got)


def test_spelling_keys():
    assert name_key("Vestra Programme Centre") == name_key("Vestra Program Center")
    assert name_key("Ministry of Defence") == name_key("Ministry of Defense")
    assert name_key("Vestra Space Centre") != name_key("Vestra Space Central")
    assert name_key("Centreville") != name_key("Centerville")  # a word's spelling, not a part of a word
