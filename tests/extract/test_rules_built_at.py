"""A thing made at a facility is provided by the facility's operator when the release names it (frame:supply,
actions.site_operators): the ontology's providers are agents, never places."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, maker", [
    ("The Tsukuba Space Center belongs to JAXA. The Vela lander was developed at the Tsukuba Space Center.", "JAXA"),
    ("The Vela camera was built at the Toulouse Space Centre, in the south of France, in 2019. CNES announced it.",
     "CNES"),
])
def test_rules_built_at_a_facility_is_provided_by_its_operator(read, text, maker):
    assert ("Vela", "providedBy", maker) in triples(read(text)), triples(read(text))


def test_rules_built_at_a_facility_by_a_named_maker_is_the_maker_s(read):
    t = triples(read("The Vela camera was built at the Toulouse Space Centre by Airbus. CNES announced it."))
    assert ("Vela", "providedBy", "Airbus") in t and ("Vela", "providedBy", "CNES") not in t, t


@pytest.mark.parametrize("text", [
    "The Vela camera was built at the Toulouse Space Centre.",  # its operator is not named in the release
    "The Vela camera was launched from the Toulouse Space Centre. CNES announced it.",  # no making
])
def test_rules_built_at_no_operator_in_view_no_provider(read, text):
    t = triples(read(text))
    assert not any(p == "providedBy" for s, p, o in t) and not any(o == "Toulouse Space Centre" and p == "providedBy"
                                                                   for s, p, o in t), t
