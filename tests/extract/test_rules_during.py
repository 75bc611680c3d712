"""A meeting told "during" a gathering told before is that gathering; who chairs a meeting takes part; two parties
who talk met: on sentences written for the rules."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _meetings(extraction) -> list:
    return [e for e in extraction.entities.values() if not e.named and "Meeting" in e.classes]


@pytest.mark.parametrize("text, guest", [
    ("Pierre Durand visited ISRO in Bengaluru on 3 May 2024. During the visit, he met Anna Lind.", "Anna Lind"),
    ("Ravi Kumar visited the Canadian Space Agency on 12 June 2023. During the visit, he toured the labs "
     "and met Lisa Campbell.", "Lisa Campbell"),
    ("NASA and JAXA held a meeting in Tokyo. During the meeting, the heads of agency met Maria Rossi.",
     "Maria Rossi"),
])
def test_rules_met_during_the_visit_is_the_visit(read, text, guest):
    facts = triples(read(text))
    first = next(e for e in _meetings(read(text)))
    assert any(p == "participant" and o == guest and s == first.label for s, p, o in facts), facts


def test_rules_met_during_the_visit_makes_no_second_meeting(read):
    x = read("Pierre Durand visited ISRO in Bengaluru on 3 May 2024. During the visit, he met Anna Lind.")
    assert len(_meetings(x)) == 1, [e.label for e in _meetings(x)]


def test_rules_met_without_during_is_a_meeting_of_its_own(read):
    """Two gatherings told one after the other stay two."""
    x = read("Pierre Durand visited ISRO in Bengaluru on 3 May 2024. On 5 May, he met Anna Lind in Delhi.")
    assert len(_meetings(x)) == 2, [e.label for e in _meetings(x)]


@pytest.mark.parametrize("text, chair", [
    ("Representatives from DLR and CNES met in Bremen on 3 May 2024. The meeting was hosted by OHB and was "
     "chaired by Walther Pelzer.", "Walther Pelzer"),
    ("Anna Lind chaired the workshop in Paris on 3 May 2024.", "Anna Lind"),
    ("The workshop, moderated by Carl Berg, took place in Oslo on 5 June 2024.", "Carl Berg"),
])
def test_rules_who_chairs_a_meeting_takes_part(read, text, chair):
    facts = triples(read(text))
    assert any(p == "participant" and o == chair for _, p, o in facts), facts


def test_rules_who_chairs_a_body_heads_it(read):
    facts = triples(read("The ESA Council is chaired by Carl Berg."))
    assert ("Carl Berg", "headOf", "ESA Council") in facts and not any(p == "participant" for _, p, _ in facts)


@pytest.mark.parametrize("text, parties, place", [
    ("NASA and ESA discussed lunar exploration in Paris on 3 May 2024.", {"NASA", "ESA"}, "Paris"),
    ("Carl Berg discussed the Vela mission with Anna Lind in Oslo.", {"Carl Berg", "Anna Lind"}, "Oslo"),
])
def test_rules_two_parties_who_talk_met(read, text, parties, place):
    x = read(text)
    meetings = _meetings(x)
    assert len(meetings) == 1, triples(x)
    facts = triples(x)
    assert {o for s, p, o in facts if p == "participant"} == parties
    assert (meetings[0].label, "locatedIn", place) in facts


@pytest.mark.parametrize("text", [
    "The report discusses the results of the Vela mission.",                       # one party, no talk
    "ESA and NASA met in Paris on 3 May 2024. The two agencies discussed lunar exploration.",  # the meeting told
])
def test_rules_a_talk_makes_no_second_meeting(read, text):
    assert len(_meetings(read(text))) <= 1
