"""Who leads a group that does an event takes part in it (rules/led_groups.py): "a delegation from BRIN, led by
its Chairman Laksana Prawira, visited the Tsukuba Space Center" (Prawira took part in the visit). A group's
leader in a clause that makes no event is no participant of anything. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person", [
    ("A delegation from BRIN, led by its Chairman Laksana Prawira, visited the Tsukuba Space Center on 17 November"
     " 2025.", "Laksana Prawira"),
    ("Earlier in the week, a delegation from the Japanese space agency JAXA, led by its Vice President Hiroshi"
     " Sasaki, visited the Matera Space Centre.", "Hiroshi Sasaki"),
    ("A delegation from CNES, led by its President Philippe Baptiste, visited ESTEC on 3 May.", "Philippe Baptiste"),
])
def test_the_leader_of_a_visiting_group_takes_part(read, text, person):
    got = triples(read(text))
    assert any(p == "participant" and o == person for _, p, o in got), got


def test_a_leader_of_a_group_doing_no_event_takes_part_in_nothing(read):
    got = triples(read("A team from OHB, led by its engineer Anna Berg, built the camera."))
    assert not any(p == "participant" for _, p, _ in got), got
