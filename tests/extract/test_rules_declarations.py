"""frame:issued-declaration on sentences written for it: a joint statement or declaration that parties issue,
adopt or endorse is an agreement they sign; one body's statement is a press statement."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signers(facts, kind: str) -> set[str]:
    return {o for s, p, o in facts if p == "signatory" and kind in s}


@pytest.mark.parametrize("text, kind, signers", [
    ("The Vela Space Agency and the Tamar Space Institute issued a joint statement in Lima.", "statement",
     {"Vela Space Agency", "Tamar Space Institute"}),
    ("NASA and JAXA adopted a joint declaration on lunar exploration.", "declaration", {"NASA", "JAXA"}),
    ("ESA and CNES released a joint communique after the talks.", "communique", {"ESA", "CNES"}),
    ("The Vela Space Agency, the Tamar Space Institute and Orbitec issued a joint statement on 18 September.",
     "statement", {"Vela Space Agency", "Tamar Space Institute", "Orbitec"}),
    ("Canada and Peru jointly published a statement on space debris.", "statement", {"Canada", "Peru"}),
])
def test_issuers_of_a_joint_text_sign_it(read, text, kind, signers):
    facts = triples(read(text))
    assert signers <= _signers(facts, kind), facts


def test_endorsers_of_a_declaration_told_before_sign_it(read):
    facts = triples(read("NASA and JAXA signed a declaration in May. The declaration was endorsed by the Vela "
                         "Space Agency and the Tamar Space Institute."))
    assert {"NASA", "JAXA", "Vela Space Agency", "Tamar Space Institute"} <= _signers(facts, "declaration"), facts
    assert ("Tamar Space Institute", "partnerOf", "Vela Space Agency") in facts, facts


def test_issuers_are_partners_and_the_text_keeps_its_topic(read):
    facts = triples(read("ESA and CNES released a joint statement on space debris."))
    assert ("CNES", "partnerOf", "ESA") in facts or ("ESA", "partnerOf", "CNES") in facts, facts
    assert any(p == "topic" and o == "space debris" for _, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "The Vela Space Agency published a statement about the anomaly.",  # one body: a press statement
    "ESA issued a statement on the failure of the launch.",
    "The Vela Space Agency and NASA issued a new satellite image.",  # no declaration
    "NASA and JAXA adopted a new schedule for the mission.",
])
def test_no_agreement_from_a_press_statement_or_other_objects(read, text):
    facts = triples(read(text))
    assert not any(p in ("signatory", "partnerOf") for _, p, _ in facts), facts


def test_the_declaration_endorsed_later_is_the_joint_statement_told_of(read):
    ex = read("ESA and CNES issued a joint statement in May. The declaration was endorsed by the Vela Space Agency "
              "and Peru.")
    facts = triples(ex)
    assert {"ESA", "CNES", "Vela Space Agency", "Peru"} <= _signers(facts, "joint statement"), facts
    assert sum(1 for e in ex.entities.values() if "Agreement" in e.classes) == 1, facts


@pytest.mark.parametrize("text, signers", [
    ("In a joint statement, NASA and ESA announced a new mission to Venus.", {"NASA", "ESA"}),
    ("In a joint statement issued in May, the Vela Space Agency and CNES said they would cooperate.",
     {"Vela Space Agency", "CNES"}),
    ("On 4 June, in a joint statement, Canada and Peru confirmed the launch date.", {"Canada", "Peru"}),
])
def test_speakers_in_a_joint_statement_issued_it(read, text, signers):
    facts = triples(read(text))
    assert signers <= _signers(facts, "statement"), facts


@pytest.mark.parametrize("text", [
    "In a statement, NASA and ESA announced a new mission.",  # not said to be joint
    "In a joint statement, ESA announced a new mission.",  # with whom is not said
])
def test_no_joint_statement_without_joint_speakers(read, text):
    facts = triples(read(text))
    assert not any(p == "signatory" for _, p, _ in facts), facts
