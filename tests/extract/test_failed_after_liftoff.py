"""An occurrence noun the tagger took for an adjective in a noun's slot is a noun ("failed shortly after liftoff
from Kourou on 20 December 2022": the launch, with its rocket, payloads, place and date; named_subjects.
lowercase_nouns); officers of oversight and of the purse are titles ("ESA Inspector General A", "B, Treasurer of the
X Society": lexicon MEMBER_TITLES). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_launch_noun_tagged_an_adjective_is_the_launch(read):
    ext = read("The Vega-C rocket carrying the Orla-5 and Orla-6 satellites failed shortly after liftoff from Kourou "
               "on 20 December 2022.")
    got = triples(ext)
    launches = {s for s, p, o in got if p == "launchVehicle" and o == "Vega-C" and s.startswith("liftoff")}
    assert len(launches) == 1, sorted(got)
    (launch,) = launches
    assert {(launch, "participant", "Orla-5"), (launch, "locatedIn", "Kourou")} <= got, sorted(got)
    assert any(ext.entities[d.subject].label == launch and d.value == "2022-12-20" for d in ext.dates)


def test_inspector_general_and_treasurer_are_titles(read):
    got = triples(read("ESA Inspector General Ola Nordmann said the nozzle had eroded. Kari Holm, Treasurer of the "
                       "Nordic Astronautical Society, welcomed the news."))
    assert ("Ola Nordmann", "memberOf", "ESA") in got, sorted(got)
    assert ("Kari Holm", "memberOf", "Nordic Astronautical Society") in got, sorted(got)
