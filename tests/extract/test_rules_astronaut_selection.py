"""frame:appoint on astronaut selections written for it: "X was selected as an astronaut candidate by Y" makes
X a member of Y ("astronaut candidate", "trainee": MEMBER_TITLES, data), and a plural title given to several
people ("selected A and B as astronaut candidates") is each one's; a list of singular titles stays unread."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members, org", [
    ("Clara Benedek was selected as an astronaut candidate by the Aurelian Space Agency on 1 March.",
     {"Clara Benedek"}, "Aurelian Space Agency"),
    ("The Aurelian Space Agency selected Clara Benedek and Tomas Varga as astronaut candidates.",
     {"Clara Benedek", "Tomas Varga"}, "Aurelian Space Agency"),
    ("The Boreal Space Agency has named Aino Virtanen and Mikko Lahti as astronauts.",
     {"Aino Virtanen", "Mikko Lahti"}, "Boreal Space Agency"),
    ("Omar Nadav was chosen as a trainee by the Tamar Space Institute in 2024.", {"Omar Nadav"},
     "Tamar Space Institute"),
])
def test_selected_astronauts_are_members(read, text, members, org):
    facts = triples(read(text))
    assert {(m, "memberOf", org) for m in members} <= facts, facts


def test_selection_of_several_is_one_event_they_take_part_in(read):
    facts = triples(read("The Aurelian Space Agency selected Clara Benedek and Tomas Varga as astronaut candidates."))
    takers = {o for s, p, o in facts if p == "participant"}
    assert {"Clara Benedek", "Tomas Varga", "Aurelian Space Agency"} <= takers, facts


@pytest.mark.parametrize("text", [
    "The Aurelian Space Agency selected Clara Benedek and Tomas Varga as Director and Deputy Director.",  # whose?
    "Clara Benedek was a candidate for the presidency of the Aurelian Space Agency.",  # no selection
])
def test_no_membership_when_whose_post_is_unsaid(read, text):
    facts = triples(read(text))
    assert not any(p in ("memberOf", "headOf") for _, p, _ in facts), facts
