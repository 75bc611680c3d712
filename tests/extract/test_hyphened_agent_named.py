"""A hyphened agent before a named instrument, or before a class noun said of a name, acts on the name: "the
DLR-built Corax camera" (Corax provided by DLR, no second 'DLR-built Corax camera'), "Vela is an ESA-led mission"
(Vela operated by ESA) (rules/inferences.py dep:hyphened-agent). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, s, p, o", [
    ("The DLR-built Corax camera flew on the NASA-led Vela mission.", "Corax", "providedBy", "DLR"),
    ("The CNES-developed Corax instrument is on board Vela.", "Corax", "providedBy", "CNES"),
    ("Vela is an ESA-led mission with contributions from NASA.", "Vela", "operatedBy", "ESA"),
    ("The Vela mission was launched in 2025. It is a JAXA-led mission.", "Vela", "operatedBy", "JAXA"),
    # (session 25: the tagger reads "led" as a past tense here)
    ("Canada contributes to the NASA-led Artemis program.", "Artemis program", "operatedBy", "NASA"),
])
def test_the_hyphened_agent_acts_on_the_name(read, text, s, p, o):
    assert (s, p, o) in triples(read(text))


def test_no_second_described_instrument(read):
    got = read("The DLR-built Corax camera flew on the NASA-led Vela mission.")
    assert not any("[t]" in x for x in labels(got)), labels(got)
