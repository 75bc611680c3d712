"""titled_pairs._cut_pairs over a title's field: "signed by A, Director General of X, ... and ESA Director of Earth
Observation Programmes B": B (a name the model may not see) is the first signer's conjunct, with the title and body
before it. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("The agreement was signed by AEM Director General Salvador Landeros and ESA Director of Earth Observation "
     "Programmes Marta Kellner.", "Marta Kellner", "ESA"),
    ("The accord was signed by Orvik President Ana Ruiz and DLR Director of Space Research Tomas Berg.", "Tomas Berg",
     "DLR"),
])
def test_the_second_titled_signer_with_a_field(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got and any(p == "signatory" and o == person for _, p, o in got), got
