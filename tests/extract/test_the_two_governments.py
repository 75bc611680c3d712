""""KASA and the Australian Space Agency signed X. ... the framework agreement concluded by the two governments":
"the two governments", "both countries" after a group of bodies are the states those bodies are of
(Antecedents._as_states; "government" joins GROUP_NOUNS). A group with a body of no known state stays as it is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signers(got, deal):
    return {o for s, p, o in triples(got) if p == "signatory" and s.startswith(deal)}


@pytest.mark.parametrize("text, deal, states", [
    ("KASA and the Australian Space Agency signed an implementing arrangement on Monday. The arrangement builds on "
     "the framework agreement concluded by the two governments in 2023.", "framework agreement",
     {"South Korea", "Australia"}),
    ("CNES and ISRO signed a memorandum in Paris. The two governments signed a treaty on space cooperation in 2008.",
     "treaty", {"France", "India"}),
])
def test_the_two_governments_are_the_states_of_the_bodies(read, text, deal, states):
    assert _signers(read(text), deal) == states, triples(read(text))


def test_a_body_of_no_state_keeps_the_group(read):
    got = read("ESA and JAXA signed a memorandum in Paris. The two agencies signed a treaty in 2008.")
    assert _signers(got, "treaty") == {"ESA", "JAXA"}, triples(got)
