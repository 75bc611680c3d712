"""A body that starts or runs a programme, scheme, project or laboratory "with" other bodies works with them:
partnerOf (rules/undertakings.py, lexicon UNDERTAKING_VERBS and UNDERTAKING_NOUNS). A "with" phrase that names
no body, or an object that is no shared work, says nothing of partners. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(got) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in triples(got) if p == "partnerOf"}


@pytest.mark.parametrize("text, a, b", [
    ("CNES announced a new doctoral programme with Toulouse III University and the University of Montpellier.",
     "CNES", "University of Montpellier"),
    ("ESA has set up a research fellowship scheme with the Institute of Microgravity Sciences.", "ESA",
     "Institute of Microgravity Sciences"),
    ("DLR will establish a research laboratory with the Technical University of Breden.", "DLR",
     "Technical University of Breden"),
    ("ESA started a new research project with the Lorvik Institute of Physics.", "ESA",
     "Lorvik Institute of Physics"),
    ("The Stellar Scholars programme was launched by NASA with Breden University in 2024.", "NASA",
     "Breden University"),
])
def test_an_undertaking_with_bodies_makes_partners(read, text, a, b):
    got = read(text)
    assert frozenset((a, b)) in _partners(got), triples(got)


@pytest.mark.parametrize("text", [
    "ESA announced a new programme with funding of 5 million euros.",
    "ESA launched the Vela satellite with a Vega rocket.",
    "NASA announced a call with a deadline of 30 April.",
    "ESA presented the programme to students of Breden University.",
])
def test_no_body_or_no_shared_work_makes_no_partners(read, text):
    got = read(text)
    assert not _partners(got), triples(got)
