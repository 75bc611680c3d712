"""extract/groups.worker_org on sentences written for it: a consortium or team led by an organization acts
for that organization ("developed by a consortium led by X": X provides it)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _plain(got):
    return {(s.split(" [")[0], p, o) for s, p, o in got}


@pytest.mark.parametrize("text, thing, org", [
    ("The spectrometer was developed by a consortium led by the Max Planck Institute for Solar System Research.",
     "spectrometer", "Max Planck Institute for Solar System Research"),
    ("The camera was built by a team headed by DLR.", "camera", "DLR"),
])
def test_led_consortium_acts_for_its_leader(read, text, thing, org):
    got = _plain(triples(read(text)))
    assert (thing, "providedBy", org) in got, got


def test_led_consortium_a_person_leading_is_no_provider(read):
    got = triples(read("The camera was built by a team led by Dr Anna Berg."))
    assert not any(p == "providedBy" for _, p, _ in got), got
