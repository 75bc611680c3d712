"""Two names the model reads as one before a plural noun of things are two things: "its Tarsis and Halcyon
satellites" (body_names.coordinated_names); a department named "X of Y and Z" whose last word is an acronym the
model took for a name of its own is one name, "the Ministry of Science and ICT" (field_lists.coordinated_tail).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, names, cls", [
    ("The Korvan Space Agency will share data from its Tarsis and Halcyon satellites.", ["Tarsis", "Halcyon"],
     "Satellite"),
    ("The Orla Space Agency operates its Kestrel and Nimbra satellites.", ["Kestrel", "Nimbra"], "Satellite"),
])
def test_two_names_before_a_plural_noun_are_two(read, text, names, cls):
    ext = read(text)
    found = labels(ext)
    assert " and ".join(names) not in found, sorted(found)
    for name in names:
        assert cls in classes_of(ext, name), sorted((e.label, sorted(e.classes)) for e in ext.entities.values())


def test_a_ministry_with_and_in_its_name_stays_whole(read):
    found = labels(read("The Ministry of Science and ICT signed the agreement with KARI on 3 May."))
    assert "Ministry of Science and ICT" in found or any("Science and ICT" in x for x in found), sorted(found)
