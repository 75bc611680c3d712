"""'They' after a team stands for the organization the team works for or was sent by (groups.team_behind)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _participants(t):
    return {o for s, p, o in t if p == "participant"}


@pytest.mark.parametrize("text, org", [
    ("JAXA sent a recovery team to Woomera. They retrieved the Lyra capsule on 14 June.", "JAXA"),
    ("The Vela Space Agency formed a small team in May. They recovered the Zephyr capsule on 3 June.",
     "Vela Space Agency"),
    ("A CNES team flew to Kiruna on Monday. They recovered the Lyra capsule on Tuesday.", "CNES"),
])
def test_rules_team_pronouns_they_after_a_team_is_its_organization(read, text, org):
    t = triples(read(text))
    assert org in _participants(t), t


def test_rules_team_pronouns_a_group_of_names_comes_first(read):
    t = triples(read("ESA and JAXA sent a team to Woomera. They retrieved the Lyra capsule on 14 June."))
    assert {"ESA", "JAXA"} <= _participants(t), t


def test_rules_team_pronouns_no_team_no_organization(read):
    t = triples(read("JAXA flew to Woomera. They retrieved the Lyra capsule on 14 June."))
    assert "JAXA" not in _participants(t), t
