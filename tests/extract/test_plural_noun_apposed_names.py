"""A plural class noun with two names or more set beside it by a comma ("The two satellites, Varda-1 and
Varda-2, were launched") stands for those names, as it does after a colon or "including" (groups.listed_members):
each was launched on the rocket. Names in a participle set beside the noun are not its members. Sentences
written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_apposed_satellites_were_launched(read):
    got = triples(read("The two satellites, Varda-1 and Varda-2, were launched together on a Falcon 9 rocket "
                       "from Vandenberg."))
    assert {("Varda-1", "launchVehicle", "Falcon 9"), ("Varda-2", "launchVehicle", "Falcon 9")} <= got, sorted(got)


def test_agents_of_a_participle_are_no_members(read):
    got = triples(read("The satellites, operated by CNES and ISRO, were built by Orbica."))
    assert not any(s in ("CNES", "ISRO") for s, p, o in got if p in ("providedBy", "partOf")), sorted(got)
