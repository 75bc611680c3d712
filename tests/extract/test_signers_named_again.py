"""Three classes around a signing told twice, on sentences written for this test:

- "The document was signed by A" (passive): the agreement told of before (told_events.signed_document, as the
  active "A signed the document" reads it);
- "signed by Ana Ruiz and Ivo Sarr": a name shaped like a person's, listed with a person, is one
  (type:person-by-conjunct), and takes part in the signing;
- a body the knowledge base names "X of <country>" is found written "<nationality> X" ("the Ukrainian State Space
  Agency": gazetteer._national_names).
"""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("noun", ["document", "text"])
def test_the_document_signed_is_the_agreement_told_of(read, noun):
    got = triples(read(f"ESA and JAXA signed a letter of intent on 3 March 2026. The {noun} was signed in Paris by "
                       "Ana Ruiz."))
    got = {(s.split(" (")[0], p, o) for s, p, o in got}
    assert ("letter", "signatory", "Ana Ruiz") in got, got
    assert ("signing", "locatedIn", "Paris") in got, got


def test_a_name_listed_with_a_signer_is_a_person(read):
    result = read("ESA and JAXA signed a letter of intent on 3 March 2026. The letter was signed in Paris by Ana "
                  "Ruiz and Ivo Sarr.")
    assert classes_of(result, "Ivo Sarr") == {"Person"}
    got = {(s.split(" (")[0], p, o) for s, p, o in triples(result)}
    assert ("signing", "participant", "Ivo Sarr") in got, got


@pytest.mark.parametrize("text", [
    "The contract was signed by Ana Ruiz and Orbix Dynamics on 3 May 2026.",
    "Ana Ruiz and Vexa Robotics signed the contract on 3 May 2026.",
])
def test_a_body_listed_with_a_person_stays_a_body(read, text):
    result = read(text)
    assert not any("Person" in e.classes for e in result.entities.values() if e.label.split()[-1] in (
        "Dynamics", "Robotics")), [(e.label, e.classes) for e in result.entities.values()]


def test_a_national_name_of_a_known_body(read):
    result = read("The Ukrainian State Space Agency signed a letter of intent with ESA on 3 March 2026.")
    iris = {e.kb.iri for e in result.entities.values() if e.kb}
    assert "https://w3id.org/presskg/resource/State_Space_Agency_of_Ukraine" in iris, iris
