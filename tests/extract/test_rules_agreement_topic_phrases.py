"""Agreements whose topic phrase the parser hangs other phrases on, on sentences written for them: "signed an
agreement on X with B" (B's "with" hung on the topic: B signs, frame:signatory) and "a memorandum of understanding
on X", "a letter of intent on Y" (the topic hung on the "of" noun: dep:about)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, deal, signers", [
    ("The Vela Space Agency signed an agreement on Earth observation with CNES.", "agreement",
     {"Vela Space Agency", "CNES"}),
    ("ESA signed an agreement on weather and climate with the Tamar Space Institute.", "agreement",
     {"ESA", "Tamar Space Institute"}),
    ("The Boreal Space Agency signed a memorandum of understanding on lunar exploration with JAXA in Tokyo.",
     "memorandum", {"Boreal Space Agency", "JAXA"}),
    ("CSA concluded an accord regarding space science with Peru.", "accord", {"CSA", "Peru"}),
])
def test_the_other_party_after_the_topic_signs(read, text, deal, signers):
    facts = triples(read(text))
    assert signers <= {o for s, p, o in facts if p == "signatory" and s.startswith(deal)}, facts


@pytest.mark.parametrize("text, deal, topic", [
    ("The Boreal Space Agency signed a memorandum of understanding on lunar exploration with JAXA.", "memorandum",
     "lunar exploration"),
    ("NASA and CSA signed a letter of intent on space debris.", "letter", "space debris"),
    ("The Vela Space Agency and ISRO adopted a declaration of intent on satellite navigation.", "declaration",
     "satellite navigation"),
])
def test_topic_hung_on_the_of_noun_is_the_agreements(read, text, deal, topic):
    facts = triples(read(text))
    assert any(s.startswith(deal) and p == "topic" and o == topic for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "The Vela Space Agency signed an agreement on Earth observation with enthusiasm.",  # no agent after "with"
    "ESA signed an agreement on the Kestrel mission with the support of its members.",
])
def test_no_signer_from_a_with_phrase_naming_no_agent(read, text):
    facts = triples(read(text))
    assert {o for s, p, o in facts if p == "signatory"} <= {"Vela Space Agency", "ESA"}, facts


@pytest.mark.parametrize("text, topic", [
    ("ESA and JAXA signed an agreement on the exchange of data from the Orla satellite on 3 March.", "Orla"),
    ("The two agencies signed a memorandum on the sharing of images from the Kelvo-3 satellite.", "Kelvo-3"),
])
def test_the_craft_that_sends_the_data_is_the_topic(read, text, topic):
    """"an agreement on the exchange of data from X": what data or images come "from" is what the deal is about."""
    facts = triples(read(text))
    assert any(p == "topic" and o == topic for _s, p, o in facts), facts


def test_a_place_data_come_from_is_no_topic(read):
    facts = triples(read("ESA and JAXA signed an agreement on data from Paris on 3 March."))
    assert not any(p == "topic" and o == "Paris" for _s, p, o in facts), facts


def test_a_mission_that_is_a_partnership_is_no_signed_agreement(read):
    """"The Orla mission is a partnership between A and B": they contribute to Orla; no agreement is signed."""
    facts = triples(read("The Orla mission is a partnership between ESA and the Kelmar Space Agency."))
    assert not any(p == "signatory" for _s, p, _o in facts), facts
    assert ("ESA", "contributesTo", "Orla") in facts, facts


def test_a_partnership_signed_stays_an_agreement(read):
    facts = triples(read("The partnership between ESA and the Kelmar Space Agency was signed in 2020."))
    assert any(p == "signatory" and o == "ESA" for _s, p, o in facts), facts
