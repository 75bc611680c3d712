"""A body that declares a craft in service runs it: "EUMETSAT has declared the Metop-SG A1 satellite operational",
"X was declared operational by ESA" (lexicon DECLARE_VERBS, SERVICE_STATE_WORDS; rules/lifecycle.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("EUMETSAT has declared the Metop-SG A1 satellite operational after a six-month commissioning phase.",
     "Metop-SG A1", "EUMETSAT"),
    ("The Tarn-4 satellite was declared operational by ESA in May.", "Tarn-4", "ESA"),
    ("CNES declared the Kelvo-2 probe fully operational on 3 March.", "Kelvo-2", "CNES"),
])
def test_a_body_that_declares_a_craft_operational_runs_it(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "operatedBy", body) in got, got


@pytest.mark.parametrize("text", [
    "NASA declared an emergency aboard the Tarn-4 satellite.",
    "ESA declared the Tarn-4 satellite lost.",
])
def test_no_operator_without_a_service_declared(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in got), got
