"""The name a dateline opens with is a town, whatever the model took it for ("RIGA, 7 October 2026 – ...": an
organization to the model), unless the knowledge base knows it (extract/datelines.py). A name before a comma
and a dash with no date between opens no dateline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, town", [
    ("RIGA, 7 October 2026 – The Saeima passed a law on the new space agency.", "Riga"),
    ("TARTU, 3 May 2026 – The Tartu Observatory opened a new laboratory.", "Tartu"),
])
def test_a_dateline_opens_with_a_town(read, text, town):
    ext = read(text)
    assert classes_of(ext, town) == {"City"}, sorted((e.label, sorted(e.classes)) for e in ext.entities.values())


def test_no_dateline_without_a_date(read):
    ext = read("Orbitec, the Turin company – it was founded in 2001 – built the camera.")
    assert "City" not in classes_of(ext, "Orbitec"), sorted((e.label, sorted(e.classes)) for e in ext.entities.values())
