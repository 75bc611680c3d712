"""A name that ends on a class noun in the plural ("the Tycho Accords", "the Vela Treaties") has the class of
the singular (lexicon HEAD_CLASSES): the tagger leaves a proper noun's plural unlemmatized. Bodies named in
the plural ("the International Departments", "Harwick Laboratories") are not typed by it. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Portugal signed the Tycho Accords in Lisbon.", "Tycho Accords"),
    ("The Tycho Accords set out principles for peaceful purposes.", "Tycho Accords"),
    ("Helsinki Accords were signed by Finland.", "Helsinki Accords"),
])
def test_a_name_on_a_plural_class_noun_has_its_class(read, text, name):
    assert "Agreement" in classes_of(read(text), name)


def test_a_country_signs_accords_named_in_the_plural(read):
    got = triples(read("Kenya signed the Tycho Accords in Nairobi on 2 March 2026."))
    assert ("Tycho Accords", "signatory", "Kenya") in got, sorted(got)


def test_a_body_named_in_the_plural_is_not_typed_by_its_singular(read):
    got = read("Harwick Laboratories built the camera for the Vela mission.")
    assert "ResearchInstitute" not in classes_of(got, "Harwick Laboratories")


def test_a_maker_named_after_its_things_stays_a_maker(read):
    got = read("Atlantis Rockets, which developed Vireo, said the engine failed.")
    assert "LaunchVehicle" not in classes_of(got, "Atlantis Rockets")
