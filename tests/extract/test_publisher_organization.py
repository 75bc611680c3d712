"""The header's publisher is an organization (the contract's shape on ``dcterms:publisher``), whatever
the text or the knowledge base call the name: a release whose publisher broke the shape was left out
of the build whole."""

import pytest

from presskg.extract.classes import ancestors


def _publisher(ex):
    ent = ex.entities[ex.publisher]
    return ent.label, ent.classes


def _is_organization(classes) -> bool:
    return any("Organization" in ancestors(c) for c in classes)


@pytest.mark.parametrize("header, text, operator", [
    ("Kennedy Space Center", "Crews rehearsed the countdown on Tuesday.", "NASA"),
    ("NASA Goddard", "Engineers finished the thermal tests of the telescope.", "NASA"),
    ("European Space Operations Centre", "The team took control of the satellite after separation.", "ESA"),
])
def test_a_space_centre_of_the_knowledge_base_stands_for_the_organization_that_runs_it(read, header, text, operator):
    label, classes = _publisher(read(text, publisher=header))
    assert label == operator and _is_organization(classes)


@pytest.mark.parametrize("header, text", [
    ("Vestland Space Centre", "The Vestland Space Centre (VSC) opened a new clean room in Bergen on 3 May."),
    ("Aurora Research Center", "Scientists at the Aurora Research Center measured the solar wind."),
])
def test_an_unknown_publisher_the_text_reads_as_a_place_is_an_organization(read, header, text):
    label, classes = _publisher(read(text, publisher=header))
    assert label == header and _is_organization(classes)


def test_a_publisher_that_is_already_an_organization_keeps_its_class(read):
    ex = read("The Korvan Space Agency signed an agreement with CNES on 4 June.", publisher="Korvan Space Agency")
    label, classes = _publisher(ex)
    assert label == "Korvan Space Agency" and "SpaceAgency" in classes
    label, classes = _publisher(read("Crews trained in Houston.", publisher="JAXA"))
    assert label == "JAXA" and "SpaceAgency" in classes


def test_a_place_no_organization_runs_names_no_publisher(read):
    assert read("The city hosted the congress.", publisher="Toulouse").publisher is None
