"""A programme's name written right before a craft's designation is no word of the craft's name and the whole the
craft is part of ("the Copernicus Sentinel-1D satellite": series.past_programme, rules/programmes.py
dep:programme-before-name), so "Sentinel-1D" later is the same craft; a launcher's flight a craft is carried "on"
is no whole it is part of ("on flight VA265": rules/payloads.py). Sentences written for these tests."""

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


def test_a_craft_carried_on_a_launchers_flight_is_no_part_of_it(read):
    got = triples(read("Europe's Ariane 6 rocket lifted off from Kourou on 4 November 2025, carrying the Orla-9 "
                       "satellite into orbit on flight VA265, operated by Arianespace."))
    assert not any(s == "Orla-9" and p == "partOf" for s, p, _ in got), sorted(got)
    assert ("Orla-9", "launchVehicle", "Ariane 6") in got, sorted(got)
