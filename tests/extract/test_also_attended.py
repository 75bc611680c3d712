""""X also attended", "NASA attended as an observer": attend with no object names no event of its own; who
attends takes part in the event the sentence before (or the same one) told of. With nothing told of, no
event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("Dr. Helena Brisa attended the ceremony in Lisbon. The Ambassador of Chile, Carl Whitmore, also attended.",
     "ceremony", "Carl Whitmore"),
    ("Minister Marta Valdeira signed the accords at the embassy in Washington. Carl Whitmore also attended.",
     "signing", "Carl Whitmore"),
    ("ESA and JAXA held a workshop in Tokyo in May. NASA attended as an observer.", "workshop", "NASA"),
])
def test_who_also_attended_takes_part_in_the_event_told_of(read, text, event, who):
    got = triples(read(text))
    assert any(s.startswith(event) and p == "participant" and o == who for s, p, o in got), sorted(got)


def test_attending_with_no_event_told_of_makes_none(read):
    got = triples(read("Carl Whitmore was born in Lisbon. Carl Whitmore attended."))
    assert not [x for x in got if x[1] == "participant"], sorted(got)
