"""A name of a designation's shape that owns an instrument ("Kelva-3's camera") or has instruments "on" it ("the
instruments on Kelva-3") is a craft (doing._owns_instrument); it was dropped, untyped, with its parts. A plain
name owning another thing is not typed so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text", [
    "Kelva-3's camera was built by Orbica.",
    "The instruments on Kelva-3 were built by Orbica.",
    "Kelva-3's main instrument is the Ardo sounder, provided by CNES.",
])
def test_a_designation_with_instruments_is_a_craft(read, text):
    got = read(text)
    assert "Spacecraft" in classes_of(got, "Kelva-3"), sorted(labels(got))
    assert any(p == "partOf" and o == "Kelva-3" for s, p, o in triples(got)), sorted(triples(got))


def test_a_plain_name_owning_a_shop_is_no_craft(read):
    got = read("Brask's main camera shop opened in May.")
    assert "Spacecraft" not in classes_of(got, "Brask"), sorted(labels(got))
