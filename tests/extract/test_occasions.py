"""occasion_objects: "at the opening of the conference in Dubai on 3 May" sets the clause at the conference, which
is where and when its phrases say, and whoever acts in the clause takes part in it. On sentences written for this
test."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(result) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in triples(result):
        out.setdefault(s.split(" (")[0], set()).add((p, o))
    return out


@pytest.mark.parametrize("text, event, who, place", [
    ("Speaking at the opening of the conference in Dubai on 3 May 2026, Salem Al Marri announced a new mission.",
     "conference", "Salem Al Marri", "Dubai"),
    ("At the close of the workshop in Toulouse on 3 May 2026, Ana Ruiz presented the results.", "workshop",
     "Ana Ruiz", "Toulouse"),
])
def test_a_moment_of_a_gathering_is_the_gathering(read, text, event, who, place):
    result = read(text)
    got = _events(result)
    assert {("participant", who), ("locatedIn", place)} <= got.get(event, set()), got
    assert any(d.value == "2026-05-03" and result.entities[d.subject].label.startswith(event) for d in result.dates)


def test_the_edge_of_a_gathering_is_read_as_before(read):
    got = triples(read("ESA and JAXA met on the sidelines of the Orla Summit in Rome on 3 May 2026."))
    assert ("Orla Summit", "locatedIn", "Rome") in got, got
