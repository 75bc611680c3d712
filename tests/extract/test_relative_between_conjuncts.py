"""A relative clause set between its antecedent and a name coordinated with it after it ("A, which will develop X,
and B, which will build Y") tells of its antecedent alone (relatives._set_between); a plural clause after the whole
list still tells of every name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, made, maker, other", [
    ("The winners include Orbix Systems, which will develop a deployable antenna, and Tarsis University, which will "
     "build a cubesat.", "deployable antenna", "Orbix Systems", "Tarsis University"),
    ("The partners are Velkor Aerospace, which built the radar, and the Kestrel Institute, which provided the "
     "camera.", "radar", "Velkor Aerospace", "Kestrel Institute"),
])
def test_the_clause_tells_of_its_antecedent_alone(read, text, made, maker, other):
    found = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}  # (a described thing's label: "radar [t]")
    assert (made, "providedBy", maker) in found and (made, "providedBy", other) not in found, found


def test_a_plural_clause_after_the_list_tells_of_all(read):
    found = triples(read("The camera was funded by Orbix Systems and Tarsis University, which have both built "
                         "instruments for the Kelvo mission."))
    assert {o for s, p, o in found if p == "contributesTo" or p == "providedBy"} >= {"Orbix Systems",
                                                                                     "Tarsis University"}, found
