"""A centre the head noun types as a facility is also a body when a person's title is of it ("head of the X
Centre", "X Centre director Y"): a place has no head (entities.retype_by_predicates with
_titled_organization). A centre a person only works at stays a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("text, centre", [
    ("The campaign was led by Dr Ilse Marquardt, head of the Darmstadt Comet Centre.", "Darmstadt Comet Centre"),
    ("Orvik Data Centre director Ilse Marquardt opened the meeting.", "Orvik Data Centre"),
])
def test_the_head_of_a_centre_heads_a_body(read, text, centre):
    x = read(text)
    assert classes_of(x, centre) == {"Facility", "Organization"}
    assert ("Ilse Marquardt", "headOf", centre) in _rels(x), _rels(x)


def test_a_headed_centre_keeps_its_place(read):
    x = read("Ilse Marquardt, director of the Orvik Remote Sensing Centre in Tromsø, said the data were good.")
    assert ("Orvik Remote Sensing Centre", "locatedIn", "Tromsø") in _rels(x), _rels(x)


def test_a_centre_someone_works_at_stays_a_place(read):
    x = read("Ilse Marquardt works at the Orvik Data Centre.")
    assert classes_of(x, "Orvik Data Centre") == {"Facility"}
