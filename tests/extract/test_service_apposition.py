"""An unknown name with "service" set beside it as its apposition is a body ("SERTIT, the rapid mapping service of
the University of Strasbourg": lexicon APPOSED_BODY_NOUNS), though "service" types no name written before it
("the Kelva service" is no body named Kelva). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, labels


def test_a_name_apposed_to_a_service_is_a_body(read):
    got = read("Its images were processed by SERTIT, the rapid mapping service of the University of Strasbourg, "
               "which delivered the first damage maps.")
    assert classes_of(got, "SERTIT") == {"Organization"}, sorted(labels(got))


def test_a_name_before_service_is_not_typed_by_it(read):
    got = read("The maps were shared through the Kelva service on 3 May 2026.")
    assert "Organization" not in classes_of(got, "Kelva"), [(e.label, e.classes) for e in got.entities.values()]
