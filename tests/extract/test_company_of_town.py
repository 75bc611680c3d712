"""A company's name followed by "of" and a town ("Skarven Robotics of Trondheim") is the company, and the town
is a town of its own, as "of" and a country already was (trade_names.without_country). A body whose name holds
"of" and a town keeps it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, town", [
    ("The robotic arm will be built by Skarven Robotics of Trondheim.", "Trondheim"),
    ("The robotic arm will be built by Skarven Robotics of Kiruna.", "Kiruna"),
])
def test_a_company_of_a_town_is_the_company(read, text, town):
    got = read(text)
    assert "Skarven Robotics" in labels(got) and f"Skarven Robotics of {town}" not in labels(got), labels(got)
    assert "City" in classes_of(got, town)
    assert any(p == "providedBy" and o == "Skarven Robotics" for s, p, o in triples(got)), sorted(triples(got))


def test_a_body_of_a_town_keeps_its_name(read):
    got = read("The University of Toulouse built the camera.")
    assert "University of Toulouse" in labels(got), labels(got)
