"""A programme's name written right before a craft's designation is no word of the craft's name and the whole the
craft is part of ("the Copernicus Sentinel-1D satellite": series.past_programme, rules/programmes.py
dep:programme-before-name), so "Sentinel-1D" later is the same craft. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_programme_before_a_designation(read):
    ext = read("The Ariane 6 rocket carried the Copernicus Sentinel-1X satellite into orbit on 4 November 2025. "
               "Sentinel-1X was built by Thales Alenia Space.")
    got = triples(ext)
    assert "Copernicus Sentinel-1X" not in labels(ext), sorted(labels(ext))
    assert {("Sentinel-1X", "partOf", "Copernicus"), ("Sentinel-1X", "providedBy", "Thales Alenia Space"),
            ("Sentinel-1X", "launchVehicle", "Ariane 6")} <= got, sorted(got)


def test_a_body_before_a_craft_name_is_no_programme(read):
    got = triples(read("The ESA Orla-3X satellite was launched in 2025."))
    assert not any(p == "partOf" and o == "ESA" for _, p, o in got), sorted(got)
