"""A deal named in passing with a participle ("handed over to JAXA under an exchange agreement signed in 2023")
is not signed by the bodies the sentence before named together (rules/gatherings.py, frame:signatory).
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_deal_named_in_passing_has_no_guessed_signers(read):
    got = triples(read("Scientists from the University of Calder and the Marlow Institute studied the grains. "
                       "A portion of the samples was handed over to JAXA under an exchange agreement signed in 2023."))
    assert not [x for x in got if x[1] in ("signatory", "partnerOf")], sorted(got)

