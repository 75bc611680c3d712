"""A craft's noun ranked by an ordinal, with a series' name before it and a craft's name set beside it: "the second
Meteosat Third Generation imaging satellite, MTG-I2, will be launched" tells of MTG-I2 (what is launched), a member
of the series (part of it), which is a programme, not a satellite. Without an ordinal, "the Vela satellite, X" is
read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, series, member", [
    ("The second Meteosat Third Generation imaging satellite, MTG-I2, will be launched in 2026.",
     "Meteosat Third Generation", "MTG-I2"),
    ("The third Sentinel-7 satellite, Sentinel-7C, lifted off on 3 May.", "Sentinel-7", "Sentinel-7C"),
])
def test_the_member_named_beside(read, text, series, member):
    x = read(text)
    found = triples(x)
    assert (member, "partOf", series) in found, sorted(found)
    assert any(p == "participant" and o == member for s, p, o in found if s.startswith("launch")), sorted(found)
    assert not any(p == "participant" and o == series for _, p, o in found), sorted(found)
    assert "Satellite" not in classes_of(x, series)


def test_no_ordinal_no_series(read):
    found = triples(read("The Vela satellite, Vela-1A, carries a camera."))
    assert ("Vela-1A", "partOf", "Vela") not in found, sorted(found)
