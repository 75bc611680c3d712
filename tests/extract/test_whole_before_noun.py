"""A known mission's or craft's name before a craft's, a mission's or an instrument's noun said of another name
makes that name its part (rules/member_nouns.py), and the name before the noun is the known mission's or craft's
(gazetteer._programme_craft), not a probe that shares it nor a thing the release would mint. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _read(read, text: str):
    return read(text, date=_DAY, publisher="CNES")


def test_apposed_copula_and_before_the_name(read):
    got = triples(_read(read, "Sentinel-1D, the fourth Copernicus satellite, reached orbit on 4 March. Tarvos is a "
                              "Copernicus mission. The Copernicus satellite Sentinel-6 will be launched in May."))
    for name in ("Sentinel-1D", "Tarvos", "Sentinel-6"):
        assert (name, "partOf", "Copernicus") in got, got


def test_an_instrument_of_a_known_lander(read):
    got = _read(read, "HP3, the InSight instrument, stopped working in 2021.")
    assert ("HP3", "partOf", "InSight") in triples(got), triples(got)
    assert not any(e.label == "InSight" and e.kb is None for e in got.entities.values()), got.entities


def test_a_programme_not_a_probe_of_the_same_name(read):
    got = _read(read, "Kelpie-2 is the second Galileo satellite built by OHB this year.")
    assert ("Kelpie-2", "partOf", "Galileo") in triples(got), triples(got)
    galileo = [e for e in got.entities.values() if e.label == "Galileo"]
    assert galileo and all(e.kb and not e.kb.iri.endswith("Galileo_Probe") for e in galileo), galileo


def test_no_part_of_a_craft_nor_of_itself(read):
    got = triples(_read(read, "Artemis II, the first crewed Orion mission, will fly in 2027. The board reviewed the "
                              "Vela mission, the Lyra mission and the Kelpie-2 satellite. Lyra, the NASA lander, "
                              "landed on 3 March."))
    assert not any(p == "partOf" for s, p, o in got), got


def test_a_rank_among_launches_is_no_launch(read):
    got = triples(_read(read, "Sentinel-1D lifted off on 4 March. It is the second Copernicus satellite launched in "
                              "2026."))
    launches = {s for s, p, o in got if p == "participant"}
    assert len(launches) == 1, got
    assert not any(o == "Copernicus" and p == "participant" for s, p, o in got), got
