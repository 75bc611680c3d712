"""An agreement described by a bare participle of signing names its other party in "with" ("The contract,
signed with Halvik Launch Systems in 2022, covers three launches"), and the body that acts through or under it
signed it too ("ESA procured the Zephra-1 development through a contract signed with Halvik Launch Systems in
2022"; rule frame:signed-with-participle, lexicon SIGN_VERBS). A craft launched under such a contract signs
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signatories(x):
    return {o for _, p, o in triples(x) if p == "signatory"}


@pytest.mark.parametrize("text, parties", [
    ("ESA procured the Zephra-1 development through a contract signed with Halvik Launch Systems in 2022.",
     {"ESA", "Halvik Launch Systems"}),
    ("The contract, signed with Halvik Launch Systems in 2022, covers three launches.", {"Halvik Launch Systems"}),
    ("The satellite will be launched under a contract signed with Halvik Launch Systems in 2022.",
     {"Halvik Launch Systems"}),
])
def test_the_with_party_of_a_signed_participle_signs(read, text, parties):
    assert _signatories(read(text)) == parties, triples(read(text))


def test_a_signing_by_an_agent_is_read_as_before(read):
    x = read("The agreement was signed by ESA with Halvik Launch Systems in 2022.")
    assert _signatories(x) == {"ESA", "Halvik Launch Systems"}, triples(x)
