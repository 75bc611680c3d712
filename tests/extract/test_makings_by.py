"""Who makes a thing, told by the noun of its making with a "by" phrase ("the development of X by Y":
rules/makings_by.py), and a third-person verb the tagger took for a plural noun ("DLR funds the X probe":
verb_pairs.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, made, maker", [
    ("The ministry will provide 45 million euros for the development of the Kestrel-X launcher by Orbitec GmbH.",
     "Kestrel-X", "Orbitec GmbH"),
    ("The development of the Tarn-2 satellite by OHB began in 2024.", "Tarn-2", "OHB"),
    ("The manufacture of the Orla-3 camera by the Kelso Institute will take two years.", "Orla-3",
     "Kelso Institute"),
])
def test_the_agent_of_a_making_noun_provides_the_thing(read, text, made, maker):
    got = triples(read(text))
    assert (made, "providedBy", maker) in got, got


@pytest.mark.parametrize("text", [
    "The development of the Vela mission by ESA began in 2024.",  # a mission is run, not made
    "The launch of the Vela-9 satellite by Arianespace is planned for May.",  # a launch makes nothing
    "The development of the Tarn-2 satellite began in 2024.",  # no "by": no maker
])
def test_no_maker_without_a_made_thing_or_an_agent(read, text):
    got = triples(read(text))
    assert not any(p == "providedBy" for _, p, _ in got), got


@pytest.mark.parametrize("text, funder, funded", [
    ("DLR funds the Vela-3 probe.", "DLR", "Vela-3"),
    ("CNES finances the Tarn-4 satellite.", "CNES", "Tarn-4"),
])
def test_a_verb_taken_for_a_plural_noun_after_a_name_is_its_verb(read, text, funder, funded):
    got = triples(read(text))
    assert (funder, "contributesTo", funded) in got, got


def test_a_plural_noun_with_no_object_stays_a_noun(read):
    # "ESA funds" with no object is a noun phrase ("ESA funds were used"): nothing is funded by ESA
    got = triples(read("ESA funds were used for the Vela-3 probe."))
    assert ("ESA", "contributesTo", "Vela-3") not in got, got


@pytest.mark.parametrize("text, craft, site", [
    ("China launched the Tianwen-2 asteroid sample-return probe on a Long March 3B rocket from the Xichang "
     "Satellite Launch Center on 29 May 2025.", "Tianwen-2", "Xichang Satellite Launch Center"),
    ("ESA launched the Orla comet sample-return probe on a Vega rocket from Kourou on 3 May 2025.", "Orla", None),
])
def test_a_long_compound_cut_in_two_is_one_craft_launched(read, text, craft, site):
    # the parser made the world's noun the verb's object and the craft's noun that noun's object (cut_compounds),
    # and the world's noun before a craft's gives no class (names.class_noun_above)
    ext = read(text)
    got = triples(ext)
    assert any(s.startswith("launch") and p == "participant" and o == craft for s, p, o in got), got
    assert site is None or any(s.startswith("launch") and p == "launchSite" and o == site for s, p, o in got), got
    assert not {"Asteroid", "Comet"} & classes_of(ext, craft), classes_of(ext, craft)
