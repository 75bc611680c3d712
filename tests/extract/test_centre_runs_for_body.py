"""A centre that runs a mission runs it for the body that runs the centre ("NASA's Goddard Space Flight Center
manages the Tarvos mission": Tarvos is operated by NASA; frame:operator with actions.site_operators, when the
release names that body), as the ontology's operators are agents. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("NASA's Goddard Space Flight Center manages the Tarvos mission.", "Tarvos", "NASA"),
    ("ESA said that ESOC will operate the Tarvos spacecraft after its launch.", "Tarvos", "ESA"),
])
def test_a_centre_runs_it_for_its_body(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "operatedBy", body) in got, got


def test_a_body_runs_it_itself(read):
    got = triples(read("The Jet Propulsion Laboratory manages the Tarvos mission for NASA."))
    assert ("Tarvos", "operatedBy", "Jet Propulsion Laboratory") in got, got
