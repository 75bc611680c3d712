"""A gapped passive clause whose new agent opens with "the" or whose new patient with "its" ("its coronagraph was
developed by X, and its X-ray spectrometer by the Physical Research Laboratory") is a remnant like "the lander by
OHB": the verb's rules read it, so the laboratory provides the spectrometer (gaps._gapped_passive). A second
verb with its own agent is no gap. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, agent", [
    ("Its coronagraph was developed by the Indian Institute of Astrophysics, and its X-ray spectrometer by the "
     "Physical Research Laboratory.", "spectrometer", "Physical Research Laboratory"),
    ("The orbiter was built by Airbus and the lander by the Lavochkin Association.", "lander", "NPO Lavochkin"),
    ("The camera was provided by CNES, and the radar by the Italian Space Agency.", "radar", "ASI"),
])
def test_a_gapped_passive_names_its_own_provider(read, text, thing, agent):
    got = triples(read(text))
    assert any(p == "providedBy" and thing in s and o == agent for s, p, o in got), got


def test_a_second_verb_is_no_gap(read):
    got = triples(read("The camera was built by OHB and tested by the team in Bremen."))
    assert {o for _, p, o in got if p == "providedBy"} == {"OHB"}, got
