""""The spacecraft also carries a small lander, Pebble, developed by CNES and DLR": a capitalized word the tagger reads
as an adjective, alone between commas in apposition to a class noun of a made thing, is the thing's name (extract/
coined.py pattern:coined-apposed): the named lander, not a described one, is carried and provided. A word beside a
noun of no made thing is no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls, triple", [
    ("ESA launched the Solstra probe in 2027. The spacecraft also carries a small lander, Pebble, developed by CNES "
     "and DLR.", "Pebble", "Lander", ("Pebble", "providedBy", "CNES")),
    ("ESA launched the Solstra probe in 2027. The spacecraft also carries a small lander, Pebble, developed by CNES "
     "and DLR.", "Pebble", "Lander", ("Pebble", "partOf", "Solstra")),
    ("ISRO's Lunari orbiter carries a camera, Bright, built by the Space Applications Centre.", "Bright",
     "Instrument", ("Bright", "partOf", "Lunari")),
])
def test_a_name_read_as_an_adjective_after_a_class_noun_is_the_things(read, text, name, cls, triple):
    x = read(text)
    assert cls in classes_of(x, name), (sorted(labels(x)), classes_of(x, name))
    assert triple in triples(x), triples(x)


def test_a_word_beside_a_noun_of_no_made_thing_is_no_name(read):
    x = read("ESA launched the Solstra probe in 2027. Its design, Elegant, was praised by ESA.")
    assert "Elegant" not in labels(x), labels(x)
