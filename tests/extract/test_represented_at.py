""""NASA was represented by Associate Administrator Daniel Ortega", "ESA was represented at the signing by its
Director General, X": the person and the body took part in the gathering the clause names, or else the one the
last two sentences told of (rules/representatives.py). A seat in a body ("represented in ESA by X"), the active
voice, and a launch (watched, not attended by a delegation) tell of no such gathering. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_OPENED = "The Pelorian Space Conference opened in Lisbon on 20 September 2026. "


@pytest.mark.parametrize("text, event, body, person", [
    (_OPENED + "NASA was represented by Associate Administrator Daniel Ortega.", "Pelorian Space Conference",
     "NASA", "Daniel Ortega"),
    (_OPENED + "CNES was represented by its Director of Strategy, Marie Duval.", "Pelorian Space Conference",
     "CNES", "Marie Duval"),
    ("CNES was represented by Marie Duval at the Pelorian Space Conference in Lisbon.", "Pelorian Space Conference",
     "CNES", "Marie Duval"),
    ("ESA and CNES signed an agreement in Paris on 3 May 2026. CNES was represented by its President, Marie Duval.",
     "signing", "CNES", "Marie Duval"),
])
def test_the_representative_and_the_body_take_part(read, text, event, body, person):
    got = triples(read(text))
    ev = {s for s, p, o in got if s.startswith(event) and p == "participant" and o == person}
    assert ev and any((s, "participant", body) in got for s in ev), got


@pytest.mark.parametrize("text", [
    "Norway is represented in ESA by Marit Holmsen.",
    _OPENED + "Marit Holmsen represents Norway in the ESA Council.",
    "The Vigil satellite lifted off on 4 March 2026. ESA was represented by Marit Holmsen.",
    "ESA was represented by Marit Holmsen.",
])
def test_no_gathering_no_representative(read, text):
    got = triples(read(text))
    assert not any(p == "participant" and o in ("Marit Holmsen", "ESA", "Norway") for s, p, o in got), got
