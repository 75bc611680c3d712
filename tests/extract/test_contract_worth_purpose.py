"""What a contract is for, told after its amount ("a contract worth 80 million euros to design the Tarsa lunar
lander": the parser hangs the purpose on "worth"), is its topic, as without the amount (dep:agreement-purpose).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Orvik Space Agency has awarded Halden Aerospace a contract worth 80 million euros to design the Tarsa lunar "
    "lander.",
    "ESA awarded Halden Aerospace a contract to build the Tarsa lander.",
])
def test_the_purpose_after_the_amount_is_the_topic(read, text):
    got = triples(read(text))
    assert ("contract [t]", "topic", "Tarsa") in got, got
