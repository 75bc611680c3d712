"""A singular "its" after a list of two or more names means none of them alone: "awarded contracts to Halden
Systems and Morrow Optics for its Aurora Link programme" is the awarder's programme (antecedents._listed_before).
A single name before "its" is still read as before, and "X and its partner Y" keeps "its" on X. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Vestra Space Agency has awarded contracts to Halden Systems and Morrow Optics for its Aurora Link programme.",
    "The Kelmar Space Office chose Halden Systems, Morrow Optics and Tarn Avionics for its Aurora Link mission.",
])
def test_its_after_a_list_is_not_the_last_listed(read, text):
    got = triples(read(text))
    owners = {o for s, p, o in got if s == "Aurora Link" and p == "operatedBy"}
    assert owners and not owners & {"Morrow Optics", "Tarn Avionics", "Halden Systems"}, sorted(got)


def test_its_after_one_name_is_unchanged(read):
    got = triples(read("Halden Systems and Morrow Optics joined the Vestra Space Agency for its Aurora Link mission."))
    assert ("Aurora Link", "operatedBy", "Vestra Space Agency") in got, sorted(got)


def test_its_inside_the_list_means_the_first(read):
    got = triples(read("The Vestra Space Agency and its partner Morrow Optics will build the Aurora Link satellite."))
    assert ("Morrow Optics", "partnerOf", "Vestra Space Agency") in got, sorted(got)
