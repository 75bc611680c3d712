"""A thing a craft carries whose noun is also a launcher part's reads as no launcher part when the craft is named
or described: the check asks of the craft and of the launcher in two tests (a regression: one call with two
classes failed on "carry a retro-reflector"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Under the agreement, the spacecraft will carry a retro-reflector supplied by NASA.",
    "Under the agreement, the Vela lander will carry a retro-reflector supplied by NASA.",
])
def test_a_carried_reflector_reads_without_error(read, text):
    got = read(text)
    assert any(p == "providedBy" and o == "NASA" for s, p, o in triples(got)), triples(got)
