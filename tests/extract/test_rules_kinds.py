"""Types of unknown names from their context, on sentences written for the tests."""

import pytest

from ..helpers import classes_of, labels


def test_rules_kinds_title_before_a_name_makes_a_person(read):
    x = read("The plan was unveiled by the Honourable Pierre Lavoie. Minister Lavoie said it was a good day.")
    assert classes_of(x, "Pierre Lavoie") == {"Person"}


def test_rules_kinds_apposed_title_makes_a_person(read):
    x = read("Paul Girard, President of MEDEF, attended the dinner.")
    assert classes_of(x, "Paul Girard") == {"Person"}


def test_rules_kinds_listed_names_take_the_class_noun(read):
    x = read("Three instruments will be on board: a Dust Analyser (DUSTA), a Plasma Monitor (PLAMO) and "
             "a Wide Camera (WICA).")
    for name in ("DUSTA", "PLAMO", "WICA"):
        found = {c for e in x.entities.values() if name in (e.label, *e.aliases) for c in e.classes}
        assert found == {"Instrument"}, name


def test_rules_kinds_namely_list(read):
    x = read("Of the nine instruments carried on the probe, three, namely ZEBRA, LYNX and ORCA-2, come from Japan.")
    assert all(classes_of(x, n) == {"Instrument"} for n in ("ZEBRA", "LYNX", "ORCA-2"))


def test_rules_kinds_place_before_its_country_is_a_city(read):
    x = read("The delegation then visited an institute in Puebla, Mexico.")
    assert classes_of(x, "Puebla") == {"City"}


def test_rules_kinds_known_names_keep_their_class(read):
    x = read("Three agencies, namely NASA, ESA and JAXA, met.")
    assert classes_of(x, "NASA") == {"SpaceAgency"}


@pytest.mark.parametrize("text, name", [
    ("The two agencies opened a tracking station at Vesterholm, Norway, on Monday.", "Vesterholm"),
    ("The first ground station was built in Kaldervik, Iceland, in 2019.", "Kaldervik"),
    ("The campaign will be run from Ostrava-Nord, Czech Republic, next year.", "Ostrava-Nord"),
    ("The agencies opened a tracking station at Ny-Brekke, Norway, on 12 March 2024.", "Ny-Brekke"),
])
def test_rules_kinds_unknown_name_before_its_country_where_places_stand_is_a_city(read, text, name):
    result = read(text)
    assert name in labels(result), labels(result)
    assert "Organization" not in classes_of(result, name) and "City" in classes_of(result, name), \
        classes_of(result, name)


def test_rules_kinds_organization_before_a_country_elsewhere_stays_an_organization(read):
    result = read("The contract was signed by Vesterholm Aerospace, Norway, and by ESA.")
    assert "City" not in classes_of(result, "Vesterholm Aerospace"), classes_of(result, "Vesterholm Aerospace")


def test_rules_kinds_a_research_centre_is_a_body_and_a_site(read):
    result = read("His career included research posts at Orbix's Vela Research Center and at Nova University.")
    assert {"ResearchInstitute", "Facility"} <= classes_of(result, "Vela Research Center"), labels(result)
    assert "Facility" not in classes_of(result, "Nova University"), labels(result)
