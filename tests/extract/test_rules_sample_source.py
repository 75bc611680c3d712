"""A sample noun with a body after "from"/"of", on the noun or on the participle after it, is a sample from that
body though no verb brings it back ("the samples collected from asteroid Ryugu": actions.sample_source).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("The samples from asteroid Ryugu will be analysed in Japan.", "Ryugu"),
    ("The samples collected from asteroid Ryugu will be analysed in Japan.", "Ryugu"),
    ("Scientists will study the samples returned from Bennu.", "Bennu"),
])
def test_a_sample_from_a_body(read, text, body):
    got = triples(read(text))
    assert any(p == "sampleFrom" and o == body for _, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The samples will be stored in Sagamihara.",
    "The samples from the laboratory in Tokyo were shipped.",  # a place is no body
])
def test_no_source_without_a_body(read, text):
    assert not [x for x in triples(read(text)) if x[1] == "sampleFrom"]
