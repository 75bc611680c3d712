"""An unknown name of two capitalized words whose last is a brand word of operators and makers ("Connect",
"Link", "Mobility", "Thrust"; lexicon COMPANY_NAME_WORDS) is a company, not the person the model may take it
for, and then does what companies do: operates a constellation, signs a contract. The word after a class noun
of a thing ("an inter-satellite link") is no company. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Polaris Connect has ordered two satellites from Stellarch Aerospace.", "Polaris Connect"),
    ("Vantor Thrust supplies electric thrusters for the Lyrion-5 satellite.", "Vantor Thrust"),
    ("Kelvo Link will operate the Tessa-2 satellite.", "Kelvo Link"),
    ("Orbis Mobility signed a contract with ESA.", "Orbis Mobility"),
])
def test_a_name_ending_in_a_brand_word_is_a_company(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name) and "Person" not in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text, triple", [
    ("The Lyrion constellation is operated by Polaris Connect.", ("Lyrion", "operatedBy", "Polaris Connect")),
    ("Kelvo Link will operate the Tessa-2 satellite.", ("Tessa-2", "operatedBy", "Kelvo Link")),
    ("Orbis Mobility signed a contract with ESA.", ("Orbis Mobility", "partnerOf", "ESA")),
])
def test_the_company_does_what_companies_do(read, text, triple):
    got = triples(read(text))
    assert triple in got, got


def test_a_link_after_a_class_noun_is_no_company(read):
    got = read("The Tessa-2 satellite uses an inter-satellite link built by Kelvo.")
    assert not any("link" in e.label.lower() for e in got.entities.values()), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The Vestra Space Agency will operate its Aurora Link mission from 2027.", "Aurora Link"),
    ("The Orvik Connect satellite was launched in 2020.", "Orvik Connect"),
])
def test_a_brand_word_before_a_class_noun_of_a_thing_is_no_company(read, text, name):
    got = read(text)
    assert "Company" not in classes_of(got, name), classes_of(got, name)
