""""X led a delegation to Tokyo on 3 May", "X headed a JAXA delegation to Kiruna", "X led a delegation of ten
engineers from Solvara Aerospace to Kiruna": a visit of the leader and the body the delegation is of, located
where it went (rules/delegations.py). The delegation, unnamed, is no side of a meeting: its leader's visit pairs
no partner with it (inferences._delegation). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, leader, body, place", [
    ("ESA Director General Ingrid Falk led a delegation to Tokyo on 3 May 2026.", "Ingrid Falk", None, "Tokyo"),
    ("ESA Director General Ingrid Falk led an ESA delegation to Tokyo.", "Ingrid Falk", "ESA", "Tokyo"),
    ("JAXA Vice President Aiko Tanabe led a delegation from JAXA to the Esrange Space Center on 8 May 2026.",
     "Aiko Tanabe", "JAXA", "Esrange Space Center"),
    ("Leonie Barrett led a delegation of ten engineers from Solvara Aerospace to Kiruna.", "Leonie Barrett",
     "Solvara Aerospace", "Kiruna"),
    ("On 8 May 2026, JAXA Vice President Aiko Tanabe headed a JAXA delegation to Kiruna.", "Aiko Tanabe", "JAXA",
     "Kiruna"),
])
def test_a_led_delegation_is_a_visit(read, text, leader, body, place):
    got = triples(read(text))
    ev = {s for s, p, o in got if p == "participant" and o == leader}
    assert any((s, "locatedIn", place) in got for s in ev), got
    if body is not None:
        assert any((s, "participant", body) in got for s in ev), got
    assert not any(p == "partnerOf" and "delegation" in s + o for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "ESA Director General Ingrid Falk led the delegation.",
    "ESA Director General Ingrid Falk leads the Copernicus programme in Tokyo.",
    "The delegation was led by Ingrid Falk.",
])
def test_no_trip_no_visit(read, text):
    got = triples(read(text))
    assert not any(p in ("participant", "locatedIn") for s, p, o in got), got
