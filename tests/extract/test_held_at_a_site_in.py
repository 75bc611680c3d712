"""An event held or hosted "at" a site no name stands for ("the DLR site", "its education office") takes
place in the town that site's phrase names (rules/gatherings.py frame:meet reads referents.places_in): "DLR
held a joint workshop at the DLR site in Cologne" gave no place. A named site stays the place. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, place", [
    ("DLR held a joint workshop at the DLR site in Cologne in June 2025.", "joint workshop (2025-06) [t]",
     "Cologne"),
    ("ESA will hold a teacher workshop at its education office in Redu on 4 May.",
     "teacher workshop (2021-05-04) [t]", "Redu"),
    ("JAXA hosted a student seminar at its space centre in Tsukuba on 12 June 2024.",
     "student seminar (2024-06-12) [t]", "Tsukuba"),
])
def test_an_event_at_an_unnamed_site_is_in_the_town_named(read, text, event, place):
    got = triples(read(text))
    assert (event, "locatedIn", place) in got, got


def test_a_named_site_is_still_the_place(read):
    got = triples(read("ESA held a teacher workshop at ESTEC in Noordwijk on 4 May."))
    assert any(s.startswith("teacher workshop") and p == "locatedIn" and o == "ESTEC" for s, p, o in got), got


def test_a_site_of_no_event_places_nothing(read):
    got = triples(read("ESA held its position at the DLR site in Cologne."))
    assert not any(p == "locatedIn" and o == "Cologne" and s != "DLR site" for s, p, o in got), got
