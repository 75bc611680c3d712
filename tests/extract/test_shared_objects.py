"""A making verb coordinated before another that has the object shares it ("Veltra Aerospace builds and operates
the Orsa rocket", "Kurogane Heavy Industries develops and builds the engines of the Zephra-1 rocket": rules
frame:supply and frame:launcher-part-maker, suppliers.shared_objects). A verb with its own object or "with" phrase
shares nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, triple", [
    ("Veltra Aerospace builds and operates the Orsa rocket.", ("Orsa", "providedBy", "Veltra Aerospace")),
    ("Pierre Callot is chief executive of Veltra Aerospace, which builds and operates the Orsa launcher.",
     ("Orsa", "providedBy", "Veltra Aerospace")),
    ("ESA develops and operates the Lumo-2 satellite.", ("Lumo-2", "providedBy", "ESA")),
    ("Kurogane Heavy Industries develops and builds the engines of the Zephra-1 rocket.",
     ("Kurogane Heavy Industries", "contributesTo", "Zephra-1")),
])
def test_a_making_verb_shares_the_next_verbs_object(read, text, triple):
    got = triples(read(text))
    assert triple in got, got


def test_a_verb_with_its_own_object_shares_nothing(read):
    got = triples(read("Veltra Aerospace builds engines and operates the Orsa rocket."))
    assert ("Orsa", "providedBy", "Veltra Aerospace") not in got, got
