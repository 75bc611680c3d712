"""A country alone in brackets after an organization's or a site's name is its country
(rules/bracket_countries.py): "Tessera Aerospace (Italy)". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body, country", [
    ("The antenna will be built by Tessera Aerospace (Italy) and the camera by Orbix Ltd (Norway).",
     "Tessera Aerospace", "Italy"),
    ("The antenna will be built by Tessera Aerospace (Italy) and the camera by Orbix Ltd (Norway).",
     "Orbix Ltd", "Norway"),
    ("The consortium led by the Vela Space Agency includes Lumen Orbital (Portugal) and the Orbis Institute "
     "(Austria).", "Lumen Orbital", "Portugal"),
    ("Tests will take place at the Kestrel Test Centre (Sweden) in May 2026.", "Kestrel Test Centre", "Sweden"),
])
def test_the_bracketed_country_is_the_bodys(read, text, body, country):
    got = triples(read(text))
    assert (body, "country", country) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Vigil mission (Italy) will be launched in 2027 by the Vela Space Agency.",
    "The radar was built by Orbix Ltd (Norway and Sweden) for the Vela Space Agency.",
    "Mira Tallgren (Italy) was appointed Director of the Vela Space Agency.",
])
def test_only_a_lone_country_after_a_body(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "country" and x[0] in ("Vigil", "Orbix Ltd", "Mira Tallgren")], sorted(got)
