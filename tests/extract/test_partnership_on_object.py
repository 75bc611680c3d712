""""X leads the mission in partnership with Y": the parser hangs "in partnership" on the object, yet the
doer is the partner (rules/partners.py dep:partnered-with, lexicon COOPERATION_NOUNS). Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _partners(x) -> set[frozenset[str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {frozenset((lab[r.subject], lab[r.object])) for r in x.relations if r.predicate == "partnerOf"}


@pytest.mark.parametrize("text, a, b", [
    ("NASA runs the survey in collaboration with the Tamura Institute.", "NASA", "Tamura Institute"),
    ("The Kestrel Space Agency leads the mission in partnership with the Belgian Federal Science Office.",
     "Kestrel Space Agency", "Belgian Federal Science Office"),
])
def test_a_doer_in_partnership_hung_on_the_object_is_a_partner(read, text, a, b):
    x = read(text)
    assert frozenset((a, b)) in _partners(x), _partners(x)


def test_a_with_phrase_of_no_cooperation_noun_makes_no_partners(read):
    x = read("NASA studies the comet in the laboratory with the Tamura Institute.")
    assert _partners(x) == set(), _partners(x)
