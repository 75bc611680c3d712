"""A fronted passive participle with its agent tells of the clause's subject (session 24, frames.build_frames):
"Built by X in Y, the arm will be installed on Z" (the arm was built by X). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_built_by_before_the_subject(read):
    got = triples(read("Built by Kelmar Robotics in Lund, the arm will be installed on the Vela rover in 2028.",
                       date=_DAY))
    assert any(p == "providedBy" and o == "Kelmar Robotics" and "arm" in s for s, p, o in got), got


def test_developed_by_before_a_named_satellite(read):
    got = triples(read("Developed by OHB, the Kalo-3 satellite was launched on 3 March.", date=_DAY))
    assert ("Kalo-3", "providedBy", "OHB") in got, got


def test_a_participle_with_no_agent_makes_no_provider(read):
    got = triples(read("Launched in 2019, the Kalo-3 satellite has completed its mission.", date=_DAY))
    assert not any(p == "providedBy" for s, p, o in got), got


def test_a_fronted_meeting_participle_is_where_the_clause_signs(read):
    """"Meeting in Vienna on 12 February, A and B signed X": X was signed at that meeting, on its date."""
    facts = triples(read("Meeting in Vienna on 12 February, the Kelmar Space Agency and the Orsian Space Agency signed "
                         "a memorandum of understanding on space weather.", date=_DAY))
    assert ("memorandum (2026-02-12) [t]", "signedAt", "meeting (2026-02-12) [t]") in facts, facts
