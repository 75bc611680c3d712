"""A designation that a contribution or a participation is "to" or "in" ("CNES's contribution to Kelva-3",
"Japan's participation in Kelva-3") is a craft (doing.py, lexicon PARTICIPATION_NOUNS): it was dropped, untyped,
with the contribution. A plain name so contributed to is not typed so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, triple", [
    ("The Orto radiometer is CNES's contribution to Kelva-3.", ("CNES", "contributesTo", "Kelva-3")),
    ("Japan's participation in Kelva-3 was confirmed in May.", ("Japan", "contributesTo", "Kelva-3")),
])
def test_the_designation_contributed_to_is_a_craft(read, text, triple):
    got = triples(read(text))
    assert triple in got, sorted(got)


def test_a_plain_name_contributed_to_is_no_craft(read):
    got = read("The Orto radiometer is CNES's contribution to Brask.")
    assert "Spacecraft" not in classes_of(got, "Brask")
