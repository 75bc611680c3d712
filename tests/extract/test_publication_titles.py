"""The title of a journal names nothing the graph keeps: "Astronomy" of "the journal Nature Astronomy" is no
topic, "Geophysical Research Letters" no organization (publications.py, lexicon PUBLICATION_NOUNS). A place a
report is published in stays a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, none_of", [
    ("The study was published today in the journal Nature Astronomy.", {"astronomy", "Nature Astronomy", "Nature"}),
    ("The results were published in Geophysical Research Letters on 3 May.", {"Geophysical Research Letters"}),
    ("The findings appear in the journal Planetary Science and Space Physics.",
     {"planetary science", "Space Physics", "Planetary Science"}),
    ("The team described the crater in the magazine Lunar Geology Today.", {"Lunar Geology Today"}),
])
def test_a_journal_title_names_nothing(read, text, none_of):
    found = labels(read(text))
    assert not none_of & found, sorted(found)


@pytest.mark.parametrize("text, place", [
    ("ESA published the report in Paris on 3 May.", "Paris"),
    ("The report was published in Paris.", "Paris"),
])
def test_a_place_of_publishing_stays(read, text, place):
    ext = read(text)
    assert place in labels(ext) or any(place in e.aliases for e in ext.entities.values()), sorted(labels(ext))
