"""A division or a directorate named by what it works on is a body, no craft or launcher: "the Launcher
Division", "the Telescope Division", "the Earth Observation Directorate" (lexicon HEAD_CLASSES "division",
"directorate"). Its head heads the division and is a member of the body it is at, not its head. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Vassmo was previously deputy head of the Launcher Division at Aerovance.", "Launcher Division"),
    ("Tom Hale, head of the Telescope Division at the Kelso Institute, said it.", "Telescope Division"),
    ("Tom Hale is Director of the Launcher Directorate.", "Launcher Directorate"),
])
def test_a_named_division_is_an_organization(read, text, name):
    got = classes_of(read(text), name)
    assert "Organization" in got and not {"LaunchVehicle", "Spacecraft", "Satellite", "Instrument"} & got, got


@pytest.mark.parametrize("text, person, unit, body", [
    ("Tom Hale, head of the Telescope Division at the Kelso Institute, said it.", "Tom Hale", "Telescope Division",
     "Kelso Institute"),
    ("Maria Stein, head of the Launcher Directorate at the Norvana Space Agency, said it.", "Maria Stein",
     "Launcher Directorate", "Norvana Space Agency"),
])
def test_the_head_of_a_division_is_a_member_of_its_body(read, text, person, unit, body):
    got = triples(read(text))
    assert (person, "headOf", unit) in got, sorted(got)
    assert (person, "memberOf", body) in got and (person, "headOf", body) not in got, sorted(got)
