"""Who runs a craft, from a description apposed to it (rules/apposed_missions.py)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, org", [
    ("The Corvid probe, a mission of the Japan Aerospace Exploration Agency, will launch in 2028.", "Corvid", "JAXA"),
    ("The Tarsier orbiter, a JAXA mission, will launch in 2029.", "Tarsier", "JAXA"),
])
def test_rules_apposed_missions_the_agency_of_the_description_runs_the_craft(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text))


def test_rules_apposed_missions_a_company_named_is_no_operator(read):
    t = triples(read("The Tarsier orbiter, a satellite of Vexel Optics GmbH, will launch in 2029."))
    assert not any(p == "operatedBy" for s, p, o in t), t
