"""A body told of by its class noun that meets, convenes or gathers somewhere or on a day holds a meeting
(rules/gatherings.meet, _gathered_body): placed wherever the parser hung the place, with the body's owner or
"of" parties taking part; a body that "meets regularly" tells of no meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def meeting_facts(got) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in triples(got) if s.startswith("meeting")}


@pytest.mark.parametrize("text, fact", [
    ("The advisory committee met in Lisbon on 14 April.", ("locatedIn", "Lisbon")),
    ("The science working group will convene in Darmstadt in September.", ("locatedIn", "Darmstadt")),
    ("The panel will meet for the second time in Madrid next year.", ("locatedIn", "Madrid")),
    ("JAXA's advisory board met in Tokyo on 2 July.", ("participant", "JAXA")),
    ("The joint committee of ASI and CNES gathered in Rome on 9 March.", ("participant", "ASI")),
    ("The joint committee of ASI and CNES gathered in Rome on 9 March.", ("participant", "CNES")),
])
def test_a_body_that_meets_somewhere_holds_a_meeting(read, text, fact):
    got = read(text)
    assert fact in meeting_facts(got), triples(got)


@pytest.mark.parametrize("text", [
    "The committee meets regularly.",
    "The working group was created in 2020.",
])
def test_no_meeting_without_a_place_or_a_day(read, text):
    got = read(text)
    assert not any("Meeting" in e.classes for e in got.entities.values()), triples(got)
