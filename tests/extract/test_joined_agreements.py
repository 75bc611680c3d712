"""Who joins, accedes or adheres to an agreement, or is said to be its member, party or signatory, is a party
to it: the agreement's signatory (rules/joined_agreements.py). A body joined is a membership, not an agreement
signed; a person joining a team signs nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

CHARTER = "International Charter Space and Major Disasters"


@pytest.mark.parametrize("text, deal", [
    (f"The Kelmar Space Agency joined the {CHARTER} in 2024.", CHARTER),
    (f"The Kelmar Space Agency acceded to the {CHARTER}.", CHARTER),
    (f"The Kelmar Space Agency is a member of the {CHARTER}.", CHARTER),
    ("The Kelmar Space Agency became a signatory of the Artemis Accords.", "Artemis Accords"),
    ("The Kelmar Space Agency joined the Artemis Accords in 2024.", "Artemis Accords"),
])
def test_who_joins_an_agreement_is_its_signatory(read, text, deal):
    got = triples(read(text))
    assert (deal, "signatory", "Kelmar Space Agency") in got, sorted(got)


def test_a_party_to_a_described_agreement_signed_it(read):
    got = triples(read("ESA is a party to the agreement with NASA signed in 2020."))
    assert any(p == "signatory" and o == "ESA" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "Poland joined ESA in 2012.",
    "Ana Ruiz joined the Artemis Accords team in 2024.",
    "The Kelmar Space Agency is a member of the Artemis Accords working group.",
])
def test_joining_a_body_or_a_team_signs_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "signatory" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    f"The Kelmar Space Agency joined the {CHARTER} in 2024. JAXA, ISRO and NASA are among the Charter's 17 members.",
    f"JAXA and NASA are among the members of the {CHARTER}.",
])
def test_those_among_its_members_are_signatories(read, text):
    got = triples(read(text))
    assert {(CHARTER, "signatory", "JAXA"), (CHARTER, "signatory", "NASA")} <= got, sorted(got)


def test_those_among_a_groups_members_sign_nothing(read):
    got = triples(read("JAXA and NASA are among the members of ESA's advisory group."))
    assert not any(p == "signatory" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    f"The {CHARTER} was founded by ESA and CNES in 2000.",
    f"ESA and CNES founded the {CHARTER} in 2000.",
    f"The {CHARTER}, established by ESA and CNES in 2000, has been activated 900 times.",
])
def test_the_founders_of_an_agreement_are_its_signatories(read, text):
    got = triples(read(text))
    assert {(CHARTER, "signatory", "ESA"), (CHARTER, "signatory", "CNES")} <= got, sorted(got)


def test_the_founders_of_a_body_sign_nothing(read):
    got = triples(read("ESA and CNES founded the Kelmar Institute in 2000."))
    assert not any(p == "signatory" for s, p, o in got), sorted(got)
