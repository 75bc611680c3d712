""""The Union Cabinet chaired by Prime Minister Narendra Modi approved the mission": the model reads the
participle "chaired" as the clause's verb and the true verb as a clause of its own; reduced_relatives reads the
participle as the noun's ("the Cabinet [that was] chaired by X"), so the chair heads the body, as with commas.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("The Union Cabinet chaired by Prime Minister Narendra Modi approved the Chandrayaan-4 mission.",
     "Narendra Modi", "Union Cabinet"),
    ("The Space Council chaired by President Dewi Santoso adopted the national space strategy.",
     "Dewi Santoso", "Space Council"),
    ("The Union Cabinet, chaired by Narendra Modi, approved the mission.", "Narendra Modi", "Union Cabinet"),
])
def test_the_chair_of_a_body_whose_participle_opens_the_clause(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, got


@pytest.mark.parametrize("text, expected", [
    ("The satellite built by Airbus carried the Vela instrument.", ("Vela", "partOf", "satellite")),
    ("The instrument developed by CNES measured ozone over Antarctica.", ("instrument", "providedBy", "CNES")),
])
def test_a_participle_the_model_read_right_keeps_its_reading(read, text, expected):
    got = {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    assert expected in got, got
