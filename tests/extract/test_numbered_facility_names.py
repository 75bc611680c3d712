"""A numbered name whose words before the number are a class noun is of that class ("Pad 4", "Landing Zone 2",
"Launch Pad 2": facilities; lexicon HEAD_CLASSES "pad", "landing zone"; names._numbered_class), not a mission
as other numbered names the model takes for people ("Kestrel 2") are read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The Zephra-1 rocket lifted off from Pad 4 at the Wallace Launch Complex on 28 March 2026.", "Pad 4"),
    ("The booster landed on Landing Zone 2 at the Wallace Launch Complex.", "Landing Zone 2"),
    ("The Lumo-2 satellite will be launched from Launch Pad 2 at the Brenna Spaceport in 2027.", "Launch Pad 2"),
])
def test_a_numbered_pad_is_a_facility(read, text, name):
    x = read(text)
    assert classes_of(x, name) == {"Facility"}, classes_of(x, name)


def test_a_launch_from_a_numbered_pad_has_it_as_site(read):
    got = triples(read("The Zephra-1 rocket lifted off from Pad 4 at the Wallace Launch Complex on 28 March 2026."))
    assert ("Zephra-1", "launchSite", "Pad 4") in got, got


def test_a_numbered_craft_stays_no_facility(read):
    x = read("Kestrel 2 will fly in 2027.")
    assert "Facility" not in classes_of(x, "Kestrel 2") and classes_of(x, "Kestrel 2"), classes_of(x, "Kestrel 2")
