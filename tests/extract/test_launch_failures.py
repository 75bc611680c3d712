"""A launcher's failure or loss is the launch that failed ("the failure of the Talvar-4 rocket on 18 January
2026": a Launch on Talvar-4, lexicon LAUNCH_MISHAP_NOUNS, extract/flights.py), and the launch told just after it
on that launcher is the same one ("... The Talvar-4 rocket had lifted off from the Satish Dhawan Space Centre ...
carrying the Meghdoot-2 satellite"), unless dated apart. A craft's loss or a camera's failure is no launch.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


def test_a_launchers_failure_is_its_launch(read):
    x = read("An inquiry board will investigate the failure of the Talvar-4 rocket on 18 January 2026.")
    [launch] = _launches(x)
    assert (launch.label, "launchVehicle", "Talvar-4") in triples(x), triples(x)
    assert {d.value for d in x.dates if d.subject == launch.key} == {"2026-01-18"}, x.dates


def test_the_launch_told_after_a_failure_is_the_failed_launch(read):
    x = read("An independent inquiry board has identified the cause of the failure of the Talvar-4 rocket on "
             "18 January 2026. The Talvar-4 lifted off from the Satish Dhawan Space Centre carrying the Meghdoot-2 "
             "communications satellite.")
    [launch] = _launches(x)
    got = triples(x)
    assert (launch.label, "participant", "Meghdoot-2") in got, got
    assert (launch.label, "launchSite", "Satish Dhawan Space Centre") in got, got
    assert {d.value for d in x.dates if d.subject == launch.key} == {"2026-01-18"}, x.dates


def test_a_launch_dated_apart_from_the_failure_is_another(read):
    x = read("The failure of the Talvar-4 rocket on 18 January 2026 was investigated. The Talvar-4 rocket lifted off "
             "again from the Satish Dhawan Space Centre on 5 June 2026.")
    assert len(_launches(x)) == 2, [e.label for e in _launches(x)]


@pytest.mark.parametrize("text", [
    "The failure of the Lumo-2 satellite's camera on 3 May 2026 was investigated.",
    "The loss of the Lumo-2 satellite on 3 May 2026 was a blow to ESA.",
])
def test_a_crafts_loss_is_no_launch(read, text):
    assert not _launches(read(text)), [e.label for e in _launches(read(text))]


def test_a_participle_hung_on_the_launch_site_still_carries(read):
    x = read("The Talvar-4 rocket lifted off from the Satish Dhawan Space Centre carrying the Meghdoot-2 "
             "communications satellite.")
    got = triples(x)
    assert ("Meghdoot-2", "launchVehicle", "Talvar-4") in got, got
    assert (_launches(x)[0].label, "participant", "Meghdoot-2") in got, got
