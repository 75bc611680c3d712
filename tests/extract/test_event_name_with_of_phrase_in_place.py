"""An event whose name goes on after its head noun ("the European Conference on Space Education") takes the place
the parser hangs on that head, past the name's last word (rules/events.py dep:event-held-in): "presented at the
European Conference on Space Education in Tallinn" gave no place. A place inside the name ("the Annual Symposium
on Norway") is what it is about, not where it is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, place", [
    ("The results were presented at the European Conference on Space Education in Tallinn in October 2024.",
     "European Conference on Space Education", "Tallinn"),
    ("The results of the first edition were presented at the European Conference on Space Education in Tallinn, "
     "Estonia, in October 2024.", "European Conference on Space Education", "Tallinn"),
    ("The teams met at the International Symposium on Student Satellites in Lorvik in May 2024.",
     "International Symposium on Student Satellites", "Lorvik"),
])
def test_the_place_after_the_name_is_the_events(read, text, event, place):
    got = triples(read(text))
    assert (event, "locatedIn", place) in got, got


def test_a_place_inside_the_name_is_no_location(read):
    got = triples(read("ESA took part in the Annual Symposium on Norway in Paris in 2024."))
    assert ("Annual Symposium on Norway", "locatedIn", "Paris") in got, got
    assert ("Annual Symposium on Norway", "locatedIn", "Norway") not in got, got
