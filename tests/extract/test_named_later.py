"""A definite noun given a name by a naming verb ("The robotic arm, called FjordArm, ...") takes back the
described thing of its head noun and class told of before: the name is that thing, with what was said of it.
"A second robotic arm, called X" or a name on another noun is another thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

FIRST = "ESA will provide a robotic arm for the Aurora lunar station. "


def test_the_thing_named_later_is_the_thing_told_of(read):
    got = triples(read(FIRST + "The robotic arm, called FjordArm, will be built by Skarven Robotics."))
    assert {("FjordArm", "providedBy", "ESA"), ("FjordArm", "partOf", "Aurora"),
            ("FjordArm", "providedBy", "Skarven Robotics")} <= got, sorted(got)


@pytest.mark.parametrize("second", [
    "A second robotic arm, called FjordArm, will be built by Skarven Robotics.",
    "The camera, called FjordArm, will be built by Skarven Robotics.",
])
def test_another_thing_named_is_not_the_thing_told_of(read, second):
    got = triples(read(FIRST + second))
    assert ("FjordArm", "providedBy", "ESA") not in got, sorted(got)
    assert any(s.startswith("robotic arm") and p == "providedBy" and o == "ESA" for s, p, o in got), sorted(got)
