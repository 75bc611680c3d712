"""Who coordinates, organises, leads or runs a gathering or a campaign takes part in it: "the observation
campaign was coordinated by ESA and the International Asteroid Warning Network", "the workshop was led by A
and B", "NASA runs the test campaign" (rules/performers.py done_by: the class noun of a gathering or a
campaign, lexicon PERFORM_VERBS); a mission or an agency led is no occurrence. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("The observation campaign was coordinated by ESA and the International Asteroid Warning Network.",
     "observation campaign [t]", ["ESA", "International Asteroid Warning Network"]),
    ("The workshop was coordinated by ESA and NASA.", "workshop [t]", ["ESA", "NASA"]),
    ("ESA coordinated the observation campaign.", "observation campaign [t]", ["ESA"]),
    ("The campaign was led by JAXA and NASA.", "campaign [t]", ["JAXA", "NASA"]),
])
def test_who_runs_a_gathering_takes_part(read, text, event, who):
    got = triples(read(text))
    for w in who:
        assert (event, "participant", w) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "ESA leads the Vela mission.",
    "Ana Ruiz has led the agency since 2019.",
    "The rocket was led to the pad by a transporter.",
])
def test_no_participant_without_a_gathering(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "participant"], sorted(got)
