"""dep:about (rules/about.py): what an agreement is for the work on ("an arrangement for the joint development of a
small lunar lander", "for the construction of the Kite probe") is its topic, a craft or an instrument told of by its
noun made a thing of its own, to which the signers contribute. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing", [
    ("ESA and JAXA signed an agreement for the joint development of a small lunar lander.", "small lunar lander"),
    ("KASA and ASI concluded an arrangement for the construction of the Kite probe.", "Kite"),
])
def test_the_work_an_agreement_is_for_is_its_topic(read, text, thing):
    got = {(s.split(" [")[0].split(" (")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    assert any(p == "topic" and o == thing for _, p, o in got), got


def test_a_sum_an_agreement_is_for_is_no_topic(read):
    got = triples(read("ESA and JAXA signed an agreement for 5 million euros."))
    assert not any(p == "topic" for _, p, _ in got), got
