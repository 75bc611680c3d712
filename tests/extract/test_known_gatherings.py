"""Gatherings of learned societies and agencies that space-science releases name are known conferences (data/kb):
"the IAU General Assembly", "the 33rd General Assembly of the International Astronomical Union", "the COSPAR
Scientific Assembly", "the Living Planet Symposium"; who receives a prize or presents "at" one takes part.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Jonas Lind received the prize at the IAU General Assembly in Cape Town.", "IAU General Assembly"),
    ("The 33rd General Assembly of the International Astronomical Union will be held in Rome.", "IAU General Assembly"),
    ("The results were presented at the COSPAR Scientific Assembly in Busan.", "COSPAR Scientific Assembly"),
    ("ESA will hold the Living Planet Symposium in Vienna.", "Living Planet Symposium"),
])
def test_a_known_gathering_is_a_conference(read, text, name):
    got = read(text)
    assert "Conference" in classes_of(got, name), labels(got)


def test_who_receives_a_prize_at_it_takes_part(read):
    got = triples(read("Jonas Lind received the prize at the IAU General Assembly in Cape Town."))
    assert ("IAU General Assembly", "participant", "Jonas Lind") in got, got
    assert ("IAU General Assembly", "locatedIn", "Cape Town") in got, got
