"""Capitalized words before brackets whose initials spell the acronym inside are one name, however the finders
cut them at "and" (acronyms._spelled_long_forms): "the EU Space Surveillance and Tracking (EU SST) partnership".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, name, pieces", [
    ("Tracking data from the EU Space Surveillance and Tracking (EU SST) partnership confirmed the risk.",
     "EU Space Surveillance and Tracking", {"Tracking", "SST", "Space Surveillance"}),
    ("The camera was built by the Baltic Optics and Photonics Laboratory (BOPL) in Riga.",
     "Baltic Optics and Photonics Laboratory", {"Photonics Laboratory", "Baltic Optics", "BOPL"}),
])
def test_a_long_form_the_acronym_spells_is_one_name(read, text, name, pieces):
    got = labels(read(text))
    assert name in got and not pieces & got, got


def test_names_before_brackets_that_spell_nothing_stay_apart(read):
    got = labels(read("ESA and JAXA (the two agencies) met in Tokyo on 3 May 2026."))
    assert {"ESA", "JAXA"} <= got, got
