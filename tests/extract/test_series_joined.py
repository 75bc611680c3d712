"""A known craft's name with a designation joined by a hyphen ("Metop-SG-B1") names another member of the
series, a craft of the series' kind (series.joined_end, series.craft_class). Sentences written for it."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_a_joined_designation_is_another_craft(read):
    got = read("Metop-SG-B1 carries a microwave imager developed by Airbus.")
    assert "Metop-SG-B1" in labels(got) and "Satellite" in classes_of(got, "Metop-SG-B1"), labels(got)
    assert any(s != "Metop-SG-B1" and p == "partOf" and o == "Metop-SG-B1" for s, p, o in triples(got)), \
        sorted(triples(got))


def test_a_joined_word_without_a_digit_is_no_designation(read):
    got = read("The JUICE-Japan group built the instrument.")
    assert not [x for x in labels(got) if x.startswith("JUICE-J") and "Spacecraft" in classes_of(got, x)]
