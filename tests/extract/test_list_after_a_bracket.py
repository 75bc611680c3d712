"""A plural noun with a list opener ("twelve organisations, including A (X), B and C") stands for every listed
name, even when a bracket after the first made the parser hang the later ones on the plural noun itself
(groups.listed_members, referents.things): each signs. A name outside the list does not. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, signers", [
    ("Twelve organisations, including the Polish Space Agency (POLSA), the Luxembourg Space Agency and the "
     "company Nordorbit, signed the Clean Orbit Charter.",
     {"Polish Space Agency", "Luxembourg Space Agency", "Nordorbit"}),
    ("Several agencies, including the Italian Space Agency (ASI), the Polish Space Agency and CNES, signed the "
     "charter.", {"ASI", "Polish Space Agency", "CNES"}),
    ("Five countries, including Norway (the first), Poland and Greece, signed the declaration.",
     {"Norway", "Poland", "Greece"}),
])
def test_every_listed_name_signs(read, text, signers):
    got = triples(read(text))
    assert signers <= {o for _, p, o in got if p == "signatory"}, got


def test_a_name_outside_the_list_does_not_sign(read):
    got = triples(read("Twelve organisations, including the Polish Space Agency (POLSA), signed the charter, "
                       "which NASA welcomed."))
    assert "NASA" not in {o for _, p, o in got if p == "signatory"}, got
