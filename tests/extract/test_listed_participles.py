"""Two things listed, each with a participle and its agent (session 24, reduced_relatives.listed_participles): "the
X sounder provided by CNES and the Y imager developed by DLR" is parsed with the imager a conjunct of CNES and
"developed" on the sounder; each thing is its own agent's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_each_listed_thing_is_its_own_agents(read):
    got = triples(read("The Orvik-3 satellite was launched on 2 March. Its instruments include the Kalo-NG sounder "
                       "provided by CNES and the VENimage imager developed by DLR.", date=_DAY))
    kalo = {o for s, p, o in got if p == "providedBy" and s.startswith("Kalo")}
    assert kalo == {"CNES"}, got
    assert ("VENimage", "providedBy", "DLR") in got, got


def test_an_agent_joined_to_an_agent_stays_an_agent(read):
    got = triples(read("The Orvik-3 satellite carries the KALO sounder provided by CNES and the agency of Vela.",
                       date=_DAY))
    assert ("KALO", "providedBy", "CNES") in got, got
