"""A counted plural class noun, a comma, then a list of names: the names are of the noun's class
(extract/enumerations.py), on sentences written for the tests."""

from ..helpers import classes_of, labels, triples


def test_counted_list_after_a_comma_types_its_names(read):
    x = read("The Council also approved two climate satellites, Aeris-A and Aeris-B, which will be built by "
             "Orvane Aerospace in Toulouse.")
    assert classes_of(x, "Aeris-A") == classes_of(x, "Aeris-B") == {"Satellite"}
    assert {("Aeris-A", "providedBy", "Orvane Aerospace"), ("Aeris-B", "providedBy", "Orvane Aerospace")} <= triples(x)


def test_counted_list_of_instruments_after_a_comma(read):
    x = read("The probe carries three instruments, Lumen, Corvex and Talis, supplied by European institutes.")
    assert all(classes_of(x, n) == {"Instrument"} for n in ("Lumen", "Corvex", "Talis"))


def test_comma_after_a_counted_noun_opens_no_list_without_one(read):
    x = read("The agency launched two satellites, Orvane said on Monday.")
    assert "Orvane" not in labels(x) or "Satellite" not in classes_of(x, "Orvane")
