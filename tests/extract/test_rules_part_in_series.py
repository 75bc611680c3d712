"""rules/wholes.py, dep:part-noun on sentences written for it: a part noun "in" a mission or series, as "of"
("the second satellite in the Kestrel constellation"); "in orbit" names no whole."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("Kestrel-2 is the second satellite in the Kestrel constellation.", "Kestrel-2", "Kestrel"),
    ("Kestrel-3, the third satellite in the Kestrel constellation, reached orbit.", "Kestrel-3", "Kestrel"),
])
def test_part_in_a_series(read, text, part, whole):
    got = triples(read(text))
    assert (part, "partOf", whole) in got, got


def test_part_in_orbit_is_no_part(read):
    got = triples(read("Kestrel-4 is the first satellite in orbit around Venus."))
    assert not any(p == "partOf" for _, p, _ in got), got
