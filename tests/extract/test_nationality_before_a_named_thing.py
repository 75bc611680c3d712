"""A nationality before a thing's name and its class noun is no word of the name ("the Indian Tessa lander", "the
Emirati Rashid rover", which the tagger or the model read as one name): the name is the thing's, the nationality its
country (nationality_words). A place named so keeps the word ("the Indian Ocean"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name, country", [
    ("The Indian Tessa lander touched down near the south pole.", "Tessa", "India"),
    ("The Emirati Rashid rover was lost in the crash.", "Rashid", "United Arab Emirates"),
    ("The Japanese Kelsa probe arrived at the asteroid.", "Kelsa", "Japan"),
])
def test_the_nationality_is_the_things_country(read, text, name, country):
    ext = read(text)
    assert name in labels(ext) and not any(label.endswith(name) and label != name for label in labels(ext)), \
        sorted(labels(ext))
    assert (name, "country", country) in triples(ext), sorted(triples(ext))
    assert not any(label in ("Indian", "Emirati", "Japanese") for label in labels(ext)), sorted(labels(ext))


def test_a_place_named_with_a_nationality_keeps_it(read):
    assert "Indian Ocean" in labels(read("The capsule splashed down in the Indian Ocean on 3 May."))
