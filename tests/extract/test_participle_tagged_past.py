"""A participle set off by a comma after its noun that the tagger reads as a past tense ("The satellite,
launched on 4 March 2026 on a Vega-C rocket, carries a radar") is a participle: the noun undergoes it, so the
craft the noun stands for was launched, on that rocket. A real past tense with its own subject is left as it
was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("The Orvex-3 satellite was built by Orbica. The satellite, launched on 4 March 2026 on a Vega-C rocket, "
     "carries a radar.", "Orvex-3", "Vega-C"),
    ("ESA handed over the Tessaro-A satellite to EUMETSAT. The satellite, launched on 4 March 2026 on a Vega-C "
     "rocket, will be operated by EUMETSAT.", "Tessaro-A", "Vega-C"),
    ("The Orvex-3 spacecraft was built by Orbica. The spacecraft, launched on 12 May 2025 on a Soyuz rocket from "
     "Kourou, observes sea ice.", "Orvex-3", "Soyuz"),
])
def test_the_craft_set_off_by_the_participle_was_launched(read, text, craft, rocket):
    got = triples(read(text))
    assert (craft, "launchVehicle", rocket) in got, sorted(got)
    assert any(p == "participant" and o == craft and s.startswith("launch") for s, p, o in got), sorted(got)


def test_a_past_tense_with_its_subject_is_no_participle(read):
    got = triples(read("The agency's director, Ana Ruiz, launched the Kelva programme on 4 March 2026."))
    assert not any(o == "Ana Ruiz" and p == "participant" for s, p, o in got), sorted(got)
