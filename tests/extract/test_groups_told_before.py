""""The delegation", "the team": the group told of in the sentences before, and so the organization it works
for or that sent it (groups.worker_org); sentences written for these tests."""

import datetime as dt

from ..helpers import triples


def test_groups_told_before_the_delegation_is_the_one_from_kari(read):
    t = triples(read("On 18 May, a delegation from KARI visited CNES in Toulouse. The delegation held talks with "
                     "CNES President Paul Durand on space debris.", date=dt.date(2025, 5, 20)))
    talks = [s for s, p, o in t if p == "participant" and o == "Paul Durand"]
    assert talks and (talks[0], "participant", "KARI") in t


def test_groups_told_before_the_team_that_was_sent(read):
    t = triples(read("JAXA sent a recovery team to Woomera on 3 May. The team retrieved the Pika capsule on 4 May.",
                     date=dt.date(2025, 5, 20)))
    assert any(s.startswith("retrieve") and p == "participant" and o == "JAXA" for s, p, o in t)


def test_groups_told_before_no_group_before_no_organization(read):
    t = triples(read("The delegation held talks with CNES on space debris on 3 May.", date=dt.date(2025, 5, 20)))
    assert {o for s, p, o in t if p == "participant"} == {"CNES"}
