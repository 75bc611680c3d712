"""The name "at" which a body's people are ("engineers at Halvern") is an organization
(described_names.employer, WORKER_NOUNS); "Labs" ends a laboratory's name ("Dravis Labs")."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("Engineers at Halvern tested the antenna.", "Halvern"),
    ("A team at Sollen designed the antenna.", "Sollen"),
    ("Scientists at Dravis Labs built the spectrometer.", "Dravis Labs"),
])
def test_where_a_bodys_people_work_is_an_organization(read, text, name):
    got = read(text)
    classes = classes_of(got, name)
    assert classes and "Person" not in classes and not classes & {"Place", "City"}, _seen(got)


def test_a_meeting_place_is_no_employer(read):
    got = read("The engineers met at Halvern on Monday.")
    assert "Organization" not in classes_of(got, "Halvern"), _seen(got)
