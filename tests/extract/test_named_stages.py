"""A launcher's stage named by the launcher ("the Falkor-9 first stage", "the Zephra-1 upper stage"; lexicon
HEAD_CLASSES "first stage", "upper stage", ...) types the name as a launcher, so that "The Falkor-9 first stage
landed on Landing Zone 2 on 28 March 2026" is a dated landing there; a stage built by someone is no launcher they
provide, only one they help build (frame:supply skips a part noun, frame:launcher-part-maker reads it), while
"the Falkor-9 booster" is the launcher itself. A project's "second stage" is nothing. Sentences written for these
tests."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_a_named_first_stage_landing_is_a_placed_dated_landing(read):
    x = read("The Falkor-9 first stage landed on Landing Zone 2 on 28 March 2026.")
    assert "LaunchVehicle" in classes_of(x, "Falkor-9"), classes_of(x, "Falkor-9")
    [landing] = [e for e in x.entities.values() if "Landing" in e.classes]
    assert (landing.label, "locatedIn", "Landing Zone 2") in triples(x), triples(x)


def test_a_stage_maker_contributes_and_does_not_provide(read):
    got = triples(read("The Zephra-1 upper stage was built by Orvane Propulsion."))
    assert ("Orvane Propulsion", "contributesTo", "Zephra-1") in got, got
    assert ("Zephra-1", "providedBy", "Orvane Propulsion") not in got, got


def test_a_named_booster_is_the_launcher_its_maker_provides(read):
    got = triples(read("The Falkor-9 booster was built by Norvik Space."))
    assert ("Falkor-9", "providedBy", "Norvik Space") in got, got
    assert ("Norvik Space", "contributesTo", "Falkor-9") not in got, got


def test_a_projects_second_stage_is_nothing(read):
    x = read("The Kelmar project entered its second stage in 2025.")
    assert not any("LaunchVehicle" in e.classes for e in x.entities.values()), [e.label for e in x.entities.values()]
