"""Who signs when an opening phrase or the list confuses the parser (clauses.name_taken_for_adverb,
referents._coordinated_modifier, rules/gatherings.py frame:signatory): "On Monday, ESA signed contracts with A
and B" (the subject hung as an adverb), "signed an agreement with Orbitec and Kestrel Dynamics" (the first name
hung on the second as an adjective); a second signing with a place of its own is its own signing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signers(t: set) -> set[str]:
    return {o for s, p, o in t if p == "signatory"}


@pytest.mark.parametrize("text, signers", [
    ("On Monday, ESA signed contracts with Kestrel Dynamics and Ostmark Systems.",
     {"ESA", "Kestrel Dynamics", "Ostmark Systems"}),
    ("On Tuesday, CNES signed an agreement with Orbitec and Kestrel Dynamics.",
     {"CNES", "Orbitec", "Kestrel Dynamics"}),
    ("The Vela Space Agency signed contracts with Brastek and Ostmark Systems for the Zephyr radar.",
     {"Vela Space Agency", "Brastek", "Ostmark Systems"}),
])
def test_every_party_signs(read, text, signers):
    t = triples(read(text))
    assert _signers(t) >= signers, sorted(t)


def test_a_second_signing_with_its_own_place_is_its_own(read):
    t = triples(read("On Monday, ESA signed contracts with Kestrel Dynamics and Ostmark Systems. In Paris, CNES "
                     "signed an agreement with the Vela Space Agency."))
    places = {s for s, p, o in t if p == "locatedIn" and o == "Paris"}
    deals = {s for s, p, o in t if p == "signatory" and o == "CNES"}
    assert places and {o for s, p, o in t if s in deals and p == "signedAt"} <= places, sorted(t)


@pytest.mark.parametrize("text", [
    "On Monday, the contracts were signed in Noordwijk.",
    "Monday, 3 May: the contracts with Kestrel Dynamics were signed.",
])
def test_no_date_signs(read, text):
    t = triples(read(text))
    assert not [o for o in _signers(t) if o in ("Monday", "May")], sorted(t)
