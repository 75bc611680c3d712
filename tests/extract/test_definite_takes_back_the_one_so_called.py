"""A definite noun takes back the named thing the text called by that noun in an apposition ("Orla-6B, the second
satellite of the Sentinel-6 mission ... The satellite carries X": Orla-6B, not the mission named after it, which the
knowledge base holds as a satellite too;
Context.definite); a named thing listed after a participle's agent is carried too. Sentences written for these
tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_satellite_is_the_one_called_a_satellite(read):
    got = triples(read("EUMETSAT released the first data from Orla-6B, the second satellite of the Copernicus "
                       "Sentinel-6 mission. The satellite carries the Tessa-4 radar altimeter supplied by Thales "
                       "Alenia Space."))
    assert ("Tessa-4", "partOf", "Orla-6B") in got, sorted(got)
    assert not any(s == "Tessa-4" and p == "partOf" and o.startswith("Sentinel") for s, p, o in got), sorted(got)


def test_without_such_an_apposition_the_latest_is_taken_back(read):
    got = triples(read("EUMETSAT operates Orla-6B and the Vela satellite. The satellite carries the Tessa-4 radar "
                       "altimeter."))
    assert ("Tessa-4", "partOf", "Vela") in got, sorted(got)


def test_a_named_thing_listed_after_a_participles_agent(read):
    """"carries the X altimeter supplied by A and the Advanced Microwave Radiometer for Climate provided by B": the
    second named thing is carried too (reduced_relatives.listed_participles reads a name's class noun as a noun's)."""
    got = triples(read("The Orla satellite carries the Tessa-4 radar altimeter supplied by Thales Alenia Space and the "
                       "Korvan Microwave Radiometer for Climate provided by NASA's Jet Propulsion Laboratory."))
    assert ("Korvan Microwave Radiometer for Climate", "partOf", "Orla") in got, sorted(got)
    assert ("Tessa-4", "partOf", "Orla") in got, sorted(got)
