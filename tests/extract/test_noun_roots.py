"""A noun the parser took for the clause's verb ("The capsule of the Orenda asteroid sample-return mission landed in
X": "asteroid" the root, "landed" a clause of "mission") is put back: the verb is the root, and the capsule lands
(noun_verbs.noun_roots). Sentences written for these tests."""

from __future__ import annotations

import pytest

from presskg.extract.noun_verbs import noun_roots
from presskg.nlp import parse

from ..helpers import triples


@pytest.mark.parametrize("text, craft, place", [
    ("The return capsule of the Orenda asteroid sample-return mission landed in the Woomera Prohibited Area on "
     "6 December 2026.", "return capsule of Orenda [t]", "Woomera Range Complex"),
])
def test_the_capsule_lands(read, text, craft, place):
    got = triples(read(text))
    landing = {s for s, p, o in got if p == "participant" and o == craft}
    assert landing and any((s, "locatedIn", place) in got for s in landing), got


def test_a_noun_root_without_a_verb_after_its_object_stays():
    (p,) = parse(["The Orenda mission landed in Woomera."])
    assert noun_roots(p) is p
