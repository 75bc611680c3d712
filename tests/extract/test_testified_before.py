""""NASA Administrator Bill Nelson testified before the Senate Commerce Committee on 4 May": who testifies before a
body takes part in a hearing it holds, dated as the clause says (rules/hearings.py, lexicon TESTIFY_VERBS); a
hearing has no sides, so neither the witness's body nor the committee is the other's partner (lexicon
SIDELESS_MEETING_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, witness, body", [
    ("NASA Administrator Bill Nelson testified before the Senate Commerce Committee on 4 May.", "Bill Nelson",
     "Senate Commerce Committee"),
    ("The Director General of NOSA, Kari Lund, testified before the Committee on Business and Industry.",
     "Kari Lund", "Committee on Business and Industry"),
])
def test_who_testifies_before_a_body_takes_part_in_a_hearing(read, text, witness, body):
    got = triples(read(text))
    hearings = {s for s, p, o in got if p == "participant" and o == witness and s.startswith("hearing")}
    assert hearings and all((h, "participant", body) in got for h in hearings), got
    assert not any(p == "partnerOf" and body in (s, o) for s, p, o in got), got


def test_a_hearing_testified_at_is_the_one_named(read):
    got = triples(read("Kari Lund testified at a parliamentary hearing in Arden on 12 March."))
    attended = {s for s, p, o in got if p == "participant" and o == "Kari Lund"}
    assert attended and attended == {s for s, p, o in got if p == "locatedIn" and o == "Arden"}, got


def test_testifying_to_a_quality_is_no_hearing(read):
    got = triples(read("The results testify to the quality of the work done by ESA."))
    assert not any(p == "participant" for s, p, o in got), got


def test_a_testimony_after_a_hearing_told_of_is_at_that_hearing(read):
    got = triples(read("The Storting held a hearing on the Space Activities Act on 12 March. Kari Lund testified "
                       "before the Committee on Business and Industry."))
    hearings = {s for s, p, o in got if p == "participant" and o == "Kari Lund"}
    assert len(hearings) == 1 and hearings == {s for s, p, o in got if p == "topic"}, got
