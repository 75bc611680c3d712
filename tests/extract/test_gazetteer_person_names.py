"""A person's given or family name that spells an acronym of the knowledge base is the person's."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, person, acronym", [
    ("Agency Director General Kari Lund opened the new mission centre in Oslo.", "Kari Lund", "KARI"),
    ("The keynote was given by Dr Isro Menon of the University of Kerala.", "Isro Menon", "ISRO"),
])
def test_gazetteer_name_inside_a_persons_name_is_not_the_agency(read, text, person, acronym):
    result = read(text)
    found = labels(result)
    assert acronym not in found, found
    assert any(person in lab or lab in person for lab in found if lab != acronym), found


def test_gazetteer_acronym_in_capitals_is_still_the_agency(read):
    result = read("KARI Director Min-ho Park met NASA officials in Daejeon.")
    assert {"KARI", "NASA"} <= labels(result), labels(result)
