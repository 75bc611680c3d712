"""rules/parties.py, frame:welcome on sentences written for it: "A welcomed a delegation from X to Y" — the
people of a body (WORKER_NOUNS: delegation, team, officials) are the body visiting; a meeting of host and body."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _meeting(facts) -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in facts if s.startswith("meeting")}


@pytest.mark.parametrize("text, expected", [
    ("Minister Jan Berg welcomed a delegation from KARI to Oslo on 12 April.",
     {("participant", "Jan Berg"), ("participant", "KARI"), ("locatedIn", "Oslo")}),
    ("CNES welcomed a team from JAXA to Toulouse on 3 March.",
     {("participant", "CNES"), ("participant", "JAXA"), ("locatedIn", "Toulouse")}),
    ("NASA received officials of ASI at its headquarters in Washington on 5 May.",
     {("participant", "NASA"), ("participant", "ASI")}),
])
def test_welcomed_delegation_is_a_meeting(read, text, expected):
    facts = triples(read(text))
    assert expected <= _meeting(facts), facts


@pytest.mark.parametrize("text", [
    "ESA welcomed the decision of the Council in Paris on 3 March.",  # no visitor
    "CNES welcomed a team from JAXA.",  # no place, no day: no visit told of
])
def test_welcomed_no_visit(read, text):
    facts = triples(read(text))
    assert not _meeting(facts), facts


@pytest.mark.parametrize("text, host", [
    ("A delegation from ISRO visited the JAXA Tsukuba Space Center on 12 March. The delegation was received by "
     "JAXA Vice President Yuko Ishida.", "Yuko Ishida"),
    ("A delegation led by ISRO Chairman V. Narayanan visited the JAXA Tsukuba Space Center on 12 March. The "
     "delegation was welcomed by JAXA President Hiroshi Yamakawa.", "Hiroshi Yamakawa"),
])
def test_rules_welcomed_delegations_a_host_of_a_visit_told_before_takes_part_in_it(read, text, host):
    got = triples(read(text))
    (visit,) = {s for s, p, o in got if p == "locatedIn" and o == "Tsukuba Space Center"}
    assert (visit, "participant", host) in got, got


def test_rules_welcomed_delegations_a_host_of_no_visit_told_takes_part_in_none(read):
    got = triples(read("ESA signed a contract with OHB. The delegation was received by JAXA Vice President Yuko "
                       "Ishida."))
    assert not any(p == "participant" and o == "Yuko Ishida" for _, p, o in got), got
