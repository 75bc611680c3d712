"""Unknown names typed by the class noun set beside them (names.described_class), on invented sentences."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The antenna was built by Vindoren, a Swiss start-up.", "Vindoren"),
    ("Last month, the German company Orbital Werke opened a plant in Bremen.", "Orbital Werke"),
    ("Its camera was built by the Spanish company Orbita Labs.", "Orbita Labs"),
    ("The agency bought the craft from Skybright, a small satellite maker.", "Skybright"),
])
def test_names_described_class_types_a_company_by_the_noun_beside_it(read, text, name):
    result = read(text)
    assert name in labels(result), labels(result)
    assert "Company" in classes_of(result, name), classes_of(result, name)
    assert "Person" not in classes_of(result, name)


def test_names_described_class_gives_the_company_its_country(read):
    result = read("Last month, the German company Orbital Werke opened a plant in Bremen.")
    assert ("Orbital Werke", "country", "Germany") in triples(result), triples(result)


@pytest.mark.parametrize("text, name", [
    ("NASA astronaut Jeanette Varga captured the cargo ship on Monday.", "Jeanette Varga"),
    ("Marta Kovalenko, a Ukrainian engineer, will lead the team.", "Marta Kovalenko"),
])
def test_names_described_class_keeps_a_person_a_person(read, text, name):
    result = read(text)
    assert "Person" in classes_of(result, name), (labels(result), classes_of(result, name))
    assert "Company" not in classes_of(result, name)


@pytest.mark.parametrize("text, name", [
    ("NASA astronaut Ana Ruiz has been assigned to the Crew-12 mission.", "Ana Ruiz"),
    ("The rover was driven by chief engineer Tomas Ekberg on Monday.", "Tomas Ekberg"),
])
def test_names_context_class_lower_case_title_before_a_name_makes_a_person(read, text, name):
    result = read(text)
    assert "Person" in classes_of(result, name), labels(result)


def test_names_context_class_capitalized_words_after_a_plain_noun_are_no_person(read):
    result = read("The satellite will observe Vela Basin in 2026.")
    assert "Person" not in classes_of(result, "Vela Basin"), labels(result)


@pytest.mark.parametrize("text, name, fact", [
    ("The Zephyr satellite will be operated from Madrid by Hisdesat.", "Hisdesat",
     ("Zephyr", "operatedBy", "Hisdesat")),
    ("The antenna of the Vela satellite was supplied by Kortex.", "Kortex", None),
])
def test_names_maker_class_one_word_that_builds_or_operates_is_an_organization(read, text, name, fact):
    result = read(text)
    assert "Organization" in classes_of(result, name) or "Company" in classes_of(result, name), labels(result)
    assert fact is None or fact in triples(result), triples(result)


def test_names_maker_class_a_person_shaped_builder_is_not_made_an_organization(read):
    result = read("The prototype was built by Ana Ruiz in 2020.")
    assert "Organization" not in classes_of(result, "Ana Ruiz"), labels(result)


def test_names_described_class_a_heading_before_a_colon_names_nothing(read):
    result = read("Background: the Zephyr mission was launched in 2014.")
    assert "Background" not in labels(result), labels(result)


@pytest.mark.parametrize("text, fact", [
    ("Orbix chief executive Lena Varga said the company would hire 50 engineers.", ("Lena Varga", "headOf", "Orbix")),
    ('"We are proud," said Tomas Ekberg, Orbix\'s managing director.', ("Tomas Ekberg", "headOf", "Orbix")),
    # in a list of titled signers, where the parser joins the word to the name before it or to the one after
    ("The contract was signed on 2 March by ESA Director of Science Carole Mund and Orbix CEO Jan Veldt.",
     ("Jan Veldt", "headOf", "Orbix")),
    ("The deal was signed by Kelmar Space Agency President Ana Ruiz and Vexa chief executive Tomas Ekberg.",
     ("Tomas Ekberg", "headOf", "Vexa")),
])
def test_names_titled_owner_a_word_that_has_a_director_is_an_organization(read, text, fact):
    result = read(text)
    assert fact in triples(result), triples(result)


@pytest.mark.parametrize("text, name", [
    ("Ana Ruiz has been appointed as the new Director General of the Vela Space Agency.", "Ana Ruiz"),
    ("The Vela Institute's director, Ana Ruiz, signed the agreement.", "Ana Ruiz"),
])
def test_names_person_deed_a_name_that_is_appointed_or_titled_is_a_person(read, text, name):
    result = read(text)
    assert "Person" in classes_of(result, name), labels(result)


def test_names_research_centre_is_a_research_institute(read):
    result = read("Karl Berg, director of the Zephyr Research Centre in Bremen, welcomed the decision.")
    assert ("Karl Berg", "headOf", "Zephyr Research Centre") in triples(result), triples(result)
