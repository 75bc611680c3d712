""""Operated by a partnership of NASA, ESA and JAXA", "built by an alliance of A and B": a group noun of bodies
(lexicon WORKER_NOUNS: partnership, alliance, coalition, as consortium) stands for the bodies it is of, which
act. A partnership with no bodies after "of" stands for no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, pairs", [
    ("The Halcyon station is operated by an international partnership of NASA, ESA, JAXA and the Canadian Space "
     "Agency.", [("Halcyon", "operatedBy", b) for b in ("NASA", "ESA", "JAXA", "CSA")]),
    ("The Vela satellite was built by an alliance of Airbus and Thales Alenia Space.",
     [("Vela", "providedBy", "Airbus"), ("Vela", "providedBy", "Thales Alenia Space")]),
    ("The Orla satellite is operated by a coalition of ESA and CNES.",
     [("Orla", "operatedBy", "ESA"), ("Orla", "operatedBy", "CNES")]),
])
def test_the_bodies_a_group_is_of_act(read, text, pairs):
    got = triples(read(text))
    for pair in pairs:
        assert pair in got, got


@pytest.mark.parametrize("text", [
    "The Halcyon station is operated by an international partnership.",
    "ESA and JAXA renewed their partnership in 2020.",
])
def test_a_partnership_of_no_named_body_operates_nothing(read, text):
    got = triples(read(text))
    assert not any(p in ("operatedBy", "providedBy") for _, p, _ in got), got
