"""A launch told in the past tense from a site took place, dated or not ("The H3 rocket lifted off from
Tanegashima with the X spacecraft", "the rocket lifted off from the Santa Maria spaceport at 09:14 local
time"): an event with its site; a future or perfect one without a date is no event
(rules/actions.py launch). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _launches(ext) -> set[str]:
    return {lab for lab in labels(ext) if lab.startswith("launch")}


@pytest.mark.parametrize("text, site", [
    ("The Kestrel rocket lifted off from Santa Maria with the Halcyon satellite.", "Santa Maria"),
    ("The Vireo rocket stood on the pad. The rocket lifted off from the Santa Maria spaceport at 09:14 local "
     "time.", "Santa Maria"),
    ("Vireo lifted off from Andoya.", "Andoya"),
])
def test_a_past_launch_from_a_site_is_an_event(read, text, site):
    ext = read(text)
    got = triples(ext)
    (launch,) = _launches(ext)
    assert (launch, "locatedIn", site) in got or (launch, "launchSite", site) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Vireo will lift off from Andoya.",
    "Vireo has lifted off from Andoya three times.",
])
def test_an_undated_launch_not_told_as_past_is_no_event(read, text):
    assert not _launches(read(text)), sorted(labels(read(text)))
