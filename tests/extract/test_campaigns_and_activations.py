"""A campaign of acquisitions or observations, and the activation of a charter or a service, are events (lexicon
OCCURRENCE_NOUNS "campaign", "activation"; OCCURRENCE_VERBS "activate"): who carries them out or asks for them
takes part, on the date the clause gives. A campaign no one is said to carry out makes no event. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

CHARTER = "International Charter Space and Major Disasters"
DIRECTORATE = "Moldanian Civil Protection Directorate"


def _takes_part(got, who: str, date: str) -> bool:
    return any(p == "participant" and o == who and date in s for s, p, o in got)


@pytest.mark.parametrize("text, date", [
    ("A second acquisition campaign by the Halden-1 satellite is planned for 21 November 2026.", "2026-11-21"),
    ("An observation campaign by the Halden-1 satellite began on 3 May 2026.", "2026-05-03"),
    ("The Halden-1 satellite will carry out an acquisition campaign on 21 November 2026.", "2026-11-21"),
])
def test_the_craft_carrying_out_a_campaign_takes_part(read, text, date):
    got = triples(read(text))
    assert _takes_part(got, "Halden-1", date), sorted(got)


@pytest.mark.parametrize("text", [
    f"The {CHARTER} was activated on 14 November 2026 by the {DIRECTORATE}.",
    f"The {DIRECTORATE} activated the {CHARTER} on 14 November 2026.",
    f"The activation of the Charter by the {DIRECTORATE} on 14 November 2026 was the 900th.",
])
def test_who_activates_the_charter_takes_part_in_the_activation(read, text):
    got = triples(read(text))
    assert _takes_part(got, DIRECTORATE, "2026-11-14"), sorted(got)


@pytest.mark.parametrize("text", [
    "The campaign was a success.",
    "NASA launched a public awareness campaign in 2025.",
])
def test_a_campaign_no_one_carries_out_is_no_event(read, text):
    got = read(text)
    assert not [e.label for e in got.entities.values() if "campaign" in e.label], sorted(triples(got))
