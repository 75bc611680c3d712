"""A clause timed by a launch noun ("The Zephra-1 rocket failed shortly after liftoff on 4 May 2026", "the Lumo-2
satellite was released 55 minutes after launch") tells of its subject's launch: a launcher is its launch vehicle,
a craft took part; the launch told of before with that launcher or craft, or, in a dated clause, a new one (rule
dep:after-launch). "after the launch of X" is X's launch, not the subject's. And a participle the parser hangs on
a date's preposition ("lifted off on 4 May 2026 carrying the Lumo-2 satellite") still carries its craft on the
launch (frame:carry-payload). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


def test_a_launcher_failing_after_a_dated_liftoff_is_that_launch(read):
    x = read("The Zephra-1 rocket failed shortly after liftoff on 4 May 2026, and the Lumo-2 satellite was lost.")
    [launch] = _launches(x)
    assert (launch.label, "launchVehicle", "Zephra-1") in triples(x), triples(x)
    assert {v for k, v in [(d.subject, d.value) for d in x.dates] if k == launch.key} == {"2026-05-04"}, x.dates


def test_a_craft_released_after_launch_is_in_the_launch_told_before(read):
    x = read("The Zephra-1 rocket lifted off on 4 May 2026 carrying the Lumo-2 satellite. The Lumo-2 satellite was "
             "released 55 minutes after launch.")
    assert len(_launches(x)) == 1, [e.label for e in _launches(x)]
    got = triples(x)
    assert (_launches(x)[0].label, "participant", "Lumo-2") in got, got
    assert (_launches(x)[0].label, "launchVehicle", "Zephra-1") in got, got


def test_an_undated_clause_after_launch_makes_no_launch(read):
    x = read("The Lumo-2 satellite sent its first signal two hours after launch.")
    assert not _launches(x), [e.label for e in _launches(x)]


def test_after_the_launch_of_another_rocket_is_that_rockets_launch(read):
    x = read("The Zephra-1 rocket will lift off on 4 May 2026, shortly after the launch of the Kestrel-2 rocket.")
    got = triples(x)
    assert not any(p == "launchVehicle" and o == "Zephra-1" and s.startswith("launch") and
                   (s, "launchVehicle", "Kestrel-2") in got for s, p, o in got), got
