"""Who takes the reins of an organization heads it, as who takes its helm (HELM_NOUNS, dep:at-the-helm).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Anna Lind takes the reins of the Nordic Space Office on 1 April.", "Anna Lind", "Nordic Space Office"),
    ("Paula Reyes will take the reins of the Orbis Institute next year.", "Paula Reyes", "Orbis Institute"),
])
def test_who_takes_the_reins_heads(read, text, person, org):
    got = triples(read(text))
    assert (person, "headOf", org) in got, sorted(got)


def test_a_body_taking_the_reins_heads_nothing(read):
    got = triples(read("The Vela Space Agency took the reins of the Orbis Institute's lunar project in 2024."))
    assert not [x for x in got if x[1] == "headOf"], sorted(got)
