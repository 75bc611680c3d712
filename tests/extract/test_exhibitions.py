"""An exhibition is a gathering, as an expo or a fair is (lexicon HEAD_CLASSES): "the Space Futures Exhibition will
be held in Lyon", "the exhibition, organised by CNES and the Cité de l'espace". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The Space Futures Exhibition will be held in Lyon in June.", "Space Futures Exhibition"),
    ("The exhibition, organised by CNES and the Cité de l'espace, runs until September.", "exhibition (2020-09) [t]"),
])
def test_an_exhibition_is_a_gathering(read, text, name):
    got = read(text)
    assert "Conference" in classes_of(got, name), labels(got)


def test_who_organises_an_exhibition_takes_part(read):
    got = triples(read("The exhibition, organised by CNES and the Cité de l'espace, runs until September."))
    assert ("exhibition (2020-09) [t]", "participant", "CNES") in got, got
