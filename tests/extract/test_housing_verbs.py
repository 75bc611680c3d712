"""What a body hosts or houses is not where a meeting was (lexicon ``HOUSING_VERBS``; rules/occurrences.py): "the
observatory hosts the X Centre in Brussels" is no meeting; hosting people somewhere still is one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Royal Observatory hosts the Space Weather Centre in Brussels.",
    "The Vela Institute hosts the Kelmar Data Centre at its campus in Tartu.",
])
def test_a_hosted_facility_makes_no_meeting(read, text):
    ext = read(text)
    assert not any("Meeting" in e.classes for e in ext.entities.values()), triples(ext)


def test_hosting_people_somewhere_is_a_meeting(read):
    ext = read("The Vela Space Agency hosted the delegation of the Korvan Space Agency in Riga on 3 May 2026.")
    got = triples(ext)
    meetings = {e.label for e in ext.entities.values() if "Meeting" in e.classes}
    assert meetings and any((m, "participant", "Korvan Space Agency") in got for m in meetings), got
