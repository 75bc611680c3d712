"""A body that flies a craft runs it ("EUMETSAT will continue to fly the Metop satellites": lexicon OPERATE_VERBS);
an aircraft told by its noun alone that flies something somewhere carries it, no launch ("A helicopter flew the
capsule to the clean room on 3 May": rules/aircraft_flights.py); an agreement a deed is done under takes no date
another event of the sentence holds ("Its launch is planned for 2028 under an agreement between A and B":
rules/dating.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, body", [
    ("EUMETSAT will continue to fly the Tessaro satellites in the mid-morning orbit.", "Tessaro", "EUMETSAT"),
    ("CNES flies the Vela-2 satellite from Toulouse.", "Vela-2", "CNES"),
])
def test_a_body_that_flies_a_craft_runs_it(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "operatedBy", body) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Orla satellite flew over the Atlantic.",
    "NASA will fly the Kestrel instrument on the Orla satellite.",
])
def test_flying_over_or_an_instrument_runs_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in got), sorted(got)


def test_a_helicopter_carrying_a_capsule_is_no_launch(read):
    ext = read("A helicopter flew the capsule to the clean room on 3 May.")
    assert not any(lab.startswith("launch") for lab in labels(ext)), sorted(labels(ext))


def test_an_agreement_a_launch_is_planned_under_is_not_dated_by_it(read):
    ext = read("Its launch on a Vireo rocket from Andoya is planned for 2028 under an agreement between ESA and NASA.")
    dated = {_bare(ext.entities[d.subject].label): d.value for d in ext.dates}
    assert dated.get("launch") == "2028" and "agreement" not in dated, dated


def test_an_agreement_signed_at_a_dated_meeting_keeps_the_date(read):
    ext = read("During the meeting on 3 May 2024, ESA and NASA signed an agreement.")
    dated = {_bare(ext.entities[d.subject].label): d.value for d in ext.dates}
    assert dated.get("agreement") == "2024-05-03", dated


def _bare(label: str) -> str:
    """A described thing's label without its date and release: "agreement (2024-05) [t]" is "agreement"."""
    return label.split(" (")[0].split(" [")[0]
