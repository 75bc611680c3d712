"""Who signs, in wordings the parser hangs apart (rules/gatherings.py frame:signatory), on invented sentences."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signatories(result) -> set[str]:
    return {o for _, p, o in triples(result) if p == "signatory"}


@pytest.mark.parametrize("text, parties", [
    # "with" hung on "understanding", not on the verb
    ("The Vela Institute signed a memorandum of understanding with CNES in Lyon on 2 June.",
     {"Vela Institute", "CNES"}),
    # the people of organizations sign for them
    ("Representatives of JAXA and ESA signed the agreement during a ceremony in Tokyo.", {"JAXA", "ESA"}),
    ("Officials from NASA signed the agreement on 3 May.", {"NASA"}),
    # concluded between two parties, no agent
    ("The accord was concluded between the Israel Space Agency and NASA on 12 May.", {"Israel Space Agency", "NASA"}),
])
def test_signers_parties_of_the_clause_sign(read, text, parties):
    assert parties <= _signatories(read(text)), triples(read(text))


def test_signers_a_letter_of_intent_is_an_agreement(read):
    result = read("ESA and JAXA signed a letter of intent on 4 May.")
    assert {"ESA", "JAXA"} <= _signatories(result), triples(result)


def test_signers_a_plain_letter_is_no_agreement(read):
    result = read("NASA sent a letter to ESA on 4 May. The letter was signed by the Administrator.")
    assert not _signatories(result), triples(result)


def test_signers_an_exchange_between_missions_names_no_signer(read):
    result = read("NASA signed an agreement with ESA on the exchange of data between Vela and Nova.")
    assert _signatories(result) == {"NASA", "ESA"}, triples(result)


@pytest.mark.parametrize("text, person", [
    ("The agreement was signed by ESA Director General Tomas Ekberg with Ingrid Solheim, Director General "
     "of the Norwegian Space Agency, in Oslo on 4 May.", "Ingrid Solheim"),
    ("CNES President Luc Morand signed the accord with Hanna Virtanen, head of the Finnish Space Office, "
     "on 2 June.", "Hanna Virtanen"),
])
def test_signers_a_person_signs_with_a_person(read, text, person):
    result = read(text)
    assert person in _signatories(result), triples(result)


def test_signers_a_body_does_not_sign_with_a_person_it_names(read):
    result = read("CNES signed a contract with Vela Systems on 2 June, said Luc Morand.")
    assert "Luc Morand" not in _signatories(result), triples(result)


@pytest.mark.parametrize("text, onlooker", [
    ("Lena Varga and Tomas Ekberg signed the accord on 2 June, with Dr. Ido Levin, CEO of Orbix, looking on.",
     "Ido Levin"),
    ("The memorandum was signed by Lena Varga and by Tomas Ekberg, with the Prime Minister and Karl Berg "
     "as witnesses.", "Karl Berg"),
])
def test_signers_people_watching_with_the_signers_do_not_sign(read, text, onlooker):
    result = read(text)
    assert onlooker not in _signatories(result), triples(result)


def test_signers_a_signing_with_a_place_and_no_signer_is_still_a_signing(read):
    result = read("The agreement was signed at the Vela Institute in Lisbon on 4 May.")
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Lisbon" for s, p, o in triples(result)), \
        triples(result)


def test_signers_a_signing_with_only_a_date_and_no_signer_makes_no_event(read):
    result = read("The contract was signed on 4 May.")
    assert not [t for t in triples(result) if t[0].startswith("signing")], triples(result)
