""""The Government of the Federative Republic of Brazil and the Government of India issued a joint statement": a
government the text names no body for issues a joint text as its state, as it signs one (declarations.py reads
agreements.parties_of, as frame:signatory does). One government's statement is no agreement. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, state", [
    ("The Government of the Federative Republic of Brazil and the Government of the Republic of India today issued "
     "a joint statement.", "Brazil"),
    ("The Government of the Kingdom of Norway and the Government of Japan adopted a joint declaration.", "Norway"),
])
def test_a_government_issues_a_joint_text_as_its_state(read, text, state):
    got = triples(read(text))
    assert any(p == "signatory" and o == state for s, p, o in got), got


def test_one_governments_statement_is_no_agreement(read):
    got = triples(read("The Government of the Federative Republic of Brazil issued a statement on the launch "
                       "failure."))
    assert not any(p == "signatory" for s, p, o in got), got
