"""An unknown name where a facility stands is a place (extract/doing.py), on sentences written for the tests."""

from ..helpers import classes_of, triples


def test_name_after_a_facility_noun_is_a_place(read):
    x = read("The final command was sent from the agency's mission control centre in Skjervøy at 10:42 local time "
             "on 29 September.")
    assert classes_of(x, "Skjervøy") == {"Place"}
    assert any(p == "locatedIn" and o == "Skjervøy" for _, p, o in triples(x))


def test_name_after_a_station_at_is_a_place(read):
    x = read("Engineers at the new ground station at Varnholm tracked the probe for six hours.")
    assert classes_of(x, "Varnholm") == {"Place"}


def test_company_after_a_facility_noun_stays_a_company(read):
    x = read("The test facility at Orvane Propulsion was closed in May.")
    assert classes_of(x, "Orvane Propulsion") == {"Company"}
