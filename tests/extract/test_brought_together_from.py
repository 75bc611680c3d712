"""Who a gathering brings together or attracts "from" a body: "the workshop brought together 200 scientists from
ESA, NASA and JAXA" (the parser hangs "from" on the verb), "the symposium attracted researchers from CNES and DLR"
(lexicon GATHER_VERBS, rules/coalitions.py frame:brings-together): the bodies take part. Countries counted, or a
craft brought back "from" orbit, make no participant. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, bodies", [
    ("The workshop brought together 200 scientists from ESA, NASA and JAXA.", "workshop [t]", ("ESA", "NASA", "JAXA")),
    ("The symposium attracted researchers from CNES and DLR.", "symposium [t]", ("CNES", "DLR")),
    ("The conference attracted engineers from ISRO.", "conference [t]", ("ISRO",)),
])
def test_bodies_people_come_from_take_part(read, text, event, bodies):
    got = triples(read(text))
    for b in bodies:
        assert (event, "participant", b) in got, got


@pytest.mark.parametrize("text", [
    "The Vela mission brought the probe back from orbit.",
    "The meeting brought together experts in Paris from 3 to 5 May.",
])
def test_no_body_no_participant(read, text):
    got = triples(read(text))
    assert not any(p == "participant" for _, p, _ in got), got
