"""rules/gatherings.py, frame:meet on sentences written for it: "It was attended by X" after an event is
told of makes X take part in that event; nothing else is taken for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who", [
    ("A workshop on lunar dust was held at ESTEC on 4 April 2024. It was attended by NASA and JAXA.",
     {"NASA", "JAXA"}),
    ("The Vela symposium took place in Lisbon last week. It was hosted by the Italian Space Agency.",
     {"ASI"}),
    ("A meeting on lunar landers was held in Oslo. This was attended by CNES and the Norwegian Space Agency.",
     {"CNES", "Norwegian Space Agency"}),
])
def test_gathering_pronoun_passive_agents_take_part_in_the_event_just_told_of(read, text, who):
    got = triples(read(text))
    assert {o for s, p, o in got if p == "participant"} >= who, got


def test_gathering_pronoun_needs_an_event_in_the_sentence_before(read):
    got = triples(read("The rover carries six cameras. It was attended by NASA engineers and ESA."))
    assert not any(p == "participant" for _, p, _ in got), got


def test_gathering_pronoun_reaches_only_one_sentence_back(read):
    got = triples(read("A workshop was held at ESTEC in May. The rover carries six cameras. "
                       "It was attended by NASA and JAXA."))
    assert not any(p == "participant" and o in ("NASA", "JAXA") for _, p, o in got), got
