"""A dateline dates what its lead reports, not what the lead says is to come: "PARIS, 14 March 2025 – The Orison
lander will be launched on an Ariane 6 rocket" tells of no launch on 14 March (rules/happenings.py
dates:dateline). A lead told in the past or present perfect is still dated by its dateline. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

MARCH = dt.date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "PARIS, 14 March 2025 – The Orison lander will be launched by ESA on an Ariane 6 rocket.",
    "PARIS, 14 March 2025 – ESA and the Velmora Space Agency will sign an agreement on the Orison lander.",
    "TOULOUSE, March 14, 2025 – CNES will host a workshop on lunar navigation with DLR.",
    "BERLIN, 14 March 2025 – The Kestrel probe will land on the Moon with a camera built by Halden Optics.",
])
def test_a_lead_of_what_is_to_come_is_not_dated_by_its_dateline(read, text):
    got = read(text, date=MARCH)
    assert not {d.value for d in got.dates}, {(got.entities[d.subject].label, d.value) for d in got.dates}


@pytest.mark.parametrize("text", [
    "PARIS, 14 March 2025 – ESA and the Velmora Space Agency have signed an agreement on the Orison lander.",
    "PARIS, 14 March 2025 – The Orison lander was launched by ESA on an Ariane 6 rocket.",
    "PARIS, 14 March 2025 – ESA and the Velmora Space Agency signed an agreement on the Orison lander.",
])
def test_a_lead_of_what_happened_is(read, text):
    got = read(text, date=MARCH)
    assert "2025-03-14" in {d.value for d in got.dates}
