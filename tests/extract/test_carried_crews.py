"""The people a craft carries take part in its docking or landing (session 24, rules/carried_crews.py): "docked with
the station on 11 May, carrying A and B", "The capsule, carrying A and B, splashed down". Not a launch, whose
participants are craft. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _takers(got, kind: str) -> set[str]:
    return {o for s, p, o in got if p == "participant" and s.startswith(kind)}


def test_people_carried_to_a_docking_take_part(read):
    got = triples(read("The Vela-7 spacecraft docked with the Orvik station on 11 March, carrying OSA astronauts Ana "
                       "Lind and Jon Berg.", date=_DAY))
    assert {"Ana Lind", "Jon Berg"} <= _takers(got, "dock"), got


def test_people_a_capsule_carries_take_part_in_its_landing(read):
    got = triples(read("The capsule, carrying Ana Lind and Jon Berg, splashed down off Florida on 3 March.", date=_DAY))
    assert {"Ana Lind", "Jon Berg"} <= _takers(got, "landing"), got


def test_people_carried_at_launch_are_no_launch_participants(read):
    got = triples(read("Soyuz MS-28 was launched from Baikonur on 3 March carrying Ana Lind and Jon Berg.", date=_DAY))
    assert not {"Ana Lind", "Jon Berg"} & _takers(got, "launch"), got
