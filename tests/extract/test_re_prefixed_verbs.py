"""A verb the tokenizer split at its "re-" prefix (session 23: lexicon VERB_PREFIXES "re", prefixed_verbs.py):
"re-elected", "re-appointed" are the lexicon's "re-elect", "re-appoint", and "X was re-elected Chair", where the
parser read the prefix as the copula's complement, is a passive appointment. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Marta Lind was re-elected Chair of the Orvik Council on 3 May.", "Marta Lind", "Orvik Council"),
    ("Tom Berg was re-appointed Director of the Orvik Space Agency.", "Tom Berg", "Orvik Space Agency"),
])
def test_re_prefixed_appointment(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got
    assert any(s.startswith("appointment") and p == "participant" and o == person for s, p, o in got), got


def test_co_prefixed_passive_keeps_its_agents(read):
    got = triples(read("The Vela mission is co-funded by ESA and the Korvan Space Agency."))
    assert ("ESA", "contributesTo", "Vela") in got, got
