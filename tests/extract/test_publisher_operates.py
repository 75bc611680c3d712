"""A release's publisher runs the missions of its own the knowledge base gives it (rules/own_missions.py): a JAXA
release on the HTV; not a station or a lander it shares with partners abroad, not a mission named once in
passing, and not when the text names the operator itself. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_publishers_own_craft(read):
    got = triples(read("The HTV was berthed to the International Space Station on 18 September. The crew will unload "
                       "the HTV next week.", date=_DAY, publisher="JAXA"))
    assert ("HTV", "operatedBy", "JAXA") in got, got
    assert not any(s == "International Space Station" and p == "operatedBy" for s, p, o in got), got


def test_a_craft_shared_with_partners_abroad(read):
    got = triples(read("MASCOT landed on Ryugu on 3 October. MASCOT worked for 17 hours.", date=_DAY,
                       publisher="CNES"))
    assert ("MASCOT", "operatedBy", "CNES") not in got, got


def test_another_publishers_craft(read):
    got = triples(read("The HTV was berthed to the station on 18 September. The HTV carried food.", date=_DAY,
                       publisher="ESA"))
    assert not any(s == "HTV" and p == "operatedBy" for s, p, o in got), got


def test_a_craft_named_once_in_passing(read):
    got = triples(read("After missions such as Akatsuki, Hayabusa and Kaguya, the agency will fly new probes.",
                       date=_DAY, publisher="JAXA"))
    assert not any(p == "operatedBy" and o == "JAXA" for s, p, o in got), got
