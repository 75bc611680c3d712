"""Who supplies a component of an instrument supplies the instrument; who supplies a component of a craft takes
part in it (rules/component_makers.py, lexicon COMPONENT_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The Norvane Space Agency is building the Lyra camera. Orbix Systems will provide the camera's sensor head.",
     ("Lyra", "providedBy", "Orbix Systems")),
    ("JAXA supplied the detectors of the Kestrel camera.", ("Kestrel", "providedBy", "JAXA")),
    ("The detector of the Kestrel camera was supplied by JAXA.", ("Kestrel", "providedBy", "JAXA")),
    ("Orbix will build the Vela probe's solar panels.", ("Orbix", "contributesTo", "Vela")),
])
def test_a_components_supplier_supplies_its_owner(read, text, fact):
    got = read(text)
    assert fact in triples(got), triples(got)


@pytest.mark.parametrize("text", [
    "ESA will fund the Vela probe's software.",
    "Orbix will provide the analysis software for the mission's scientists.",
    "The Kestrel camera was built by Orbix. JAXA will provide the head of the science team.",
])
def test_no_supplier_without_a_component_of_an_owner(read, text):
    got = read(text)
    assert not any(p in ("providedBy", "contributesTo") and "JAXA" in (s, o) or p == "contributesTo" and s == "ESA"
                   for s, p, o in triples(got)), triples(got)
