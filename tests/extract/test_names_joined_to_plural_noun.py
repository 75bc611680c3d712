"""Names set after a plural class noun and a comma that the parser joined to the noun as conjuncts ("The
satellites, Varda-1 and Varda-2, were built by Orbica") take the noun's class (head_nouns.head_noun_class): they
were dropped, untyped, and the maker went to "satellites". A list that mixes the noun with other common nouns
("Satellites, rockets and Brask") types nothing. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_the_names_are_the_satellites_built(read):
    got = read("The satellites, Varda-1 and Varda-2, were built by Orbica.")
    assert {("Varda-1", "providedBy", "Orbica"), ("Varda-2", "providedBy", "Orbica")} <= triples(got), \
        sorted(triples(got))
    assert classes_of(got, "Varda-1") == {"Satellite"}, sorted(labels(got))


def test_a_list_of_common_nouns_and_a_name_types_nothing(read):
    got = read("Satellites, rockets and Brask were discussed.")
    assert "Satellite" not in classes_of(got, "Brask"), sorted(labels(got))
