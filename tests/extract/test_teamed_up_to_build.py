"""Bodies that team up (or join forces, work together) to make, supply or run a craft both contribute to it ("ESA has
teamed up with the Kelmar Space Agency to build the Orla satellite": frame:cooperate reads the purpose clause's
object); a purpose that is no making ("to study the Moon") gives no stake. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "ESA has teamed up with the Kelmar Space Agency to build the Orla satellite.",
    "ESA joined forces with the Kelmar Space Agency to operate the Orla satellite.",
])
def test_partners_in_a_purpose_both_contribute(read, text):
    got = triples(read(text))
    assert {("ESA", "contributesTo", "Orla"), ("Kelmar Space Agency", "contributesTo", "Orla")} <= got, got


def test_a_purpose_of_study_is_no_stake(read):
    got = triples(read("ESA has teamed up with the Kelmar Space Agency to study the Moon."))
    assert not any(p == "contributesTo" for _, p, _ in got), got
