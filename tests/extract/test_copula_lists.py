"""A plural class noun that is the subject of "be" lists what its attribute names ("The missions are A, B and C":
enumerations._copula_list); names of no other type take the noun's class. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of

_DAY = dt.date(2026, 3, 14)


def test_the_missions_are_a_list_of_names(read):
    got = read("ESA extended nine missions. The missions are Cluster, Kelvo, Tarvos and Orsa-2.", date=_DAY)
    for name in ("Kelvo", "Tarvos", "Orsa-2"):
        assert "Mission" in classes_of(got, name), (name, classes_of(got, name))


def test_a_noun_of_no_class_types_nothing(read):
    got = read("ESA signed two agreements. The partners are Kelvo and Tarvos.", date=_DAY)
    assert "Mission" not in classes_of(got, "Kelvo") | classes_of(got, "Tarvos"), got.entities
