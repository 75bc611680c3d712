"""dep:copula-title with "one of": "X is one of five astronaut candidates selected by Y", "X is one of ESA's
astronauts" give X the plural title's post; words that are no title give none. Written sentences."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Clara Benedek is one of five astronaut candidates selected by the Aurelian Space Agency in 2026.",
     "Clara Benedek", "Aurelian Space Agency"),
    ("Tomas Varga is one of the astronauts of the Boreal Space Agency.", "Tomas Varga", "Boreal Space Agency"),
    ("Aino Virtanen is one of ESA's astronauts.", "Aino Virtanen", "ESA"),
    ("Henrik Solberg was one of the engineers chosen by the Tamar Space Institute.", "Henrik Solberg",
     "Tamar Space Institute"),
])
def test_one_of_a_bodys_titled_people_is_its_member(read, text, person, org):
    facts = triples(read(text))
    assert (person, "memberOf", org) in facts, facts


@pytest.mark.parametrize("text", [
    "Clara Benedek is one of the founders of the Aurelian Space Agency.",  # no title of the lexicon
    "Clara Benedek is one of five children of a pilot.",
])
def test_no_post_from_one_of_what_is_no_title(read, text):
    facts = triples(read(text))
    assert not any(p in ("memberOf", "headOf") for _, p, _ in facts), facts
