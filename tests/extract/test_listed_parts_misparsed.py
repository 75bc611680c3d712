"""A list of indefinite nouns the parser reads as an apposition and a conjunct ("a radar sounder, a thermal
imager and a magnetometer": Tree.listed_apposition) is three things; every one-word instrument noun of
HEAD_CLASSES is a thing a text may describe. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _parts_of(result, whole: str) -> int:
    ents = result.entities
    return len({r.subject for r in result.relations if r.predicate == "partOf" and ents[r.object].label == whole})


@pytest.mark.parametrize("text", [
    "The Lyra probe carries a radar sounder, a thermal imager and a magnetometer.",
    "The Lyra orbiter's payload comprises a radar sounder, a thermal imager and a magnetometer.",
    "The Vela satellite will carry a gradiometer, a bolometer and a star camera.",
])
def test_each_listed_part(read, text):
    got = read(text)
    whole = "Lyra" if "Lyra" in text else "Vela"
    assert _parts_of(got, whole) >= 3, triples(got)


def test_an_apposition_is_still_one_thing(read):
    got = read("The Vela satellite, a radar mission, carries a magnetometer.")
    assert _parts_of(got, "Vela") == 1, triples(got)


def test_a_plain_list_after_commas_is_three_things(read):
    """Context.apposed: a conjunct after a comma is a list's item, not an apposition of the noun before it."""
    got = read("The Lyra orbiter carries a camera, a spectrometer and a magnetometer.")
    assert _parts_of(got, "Lyra") == 3, triples(got)
