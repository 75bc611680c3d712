"""A name written with its class noun inside a list of names is the list's next member, not a description of the
name before it (named_list_members.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize("text, makers", [
    ("The camera was developed by DLR, the French company Optix and the University of Bern.",
     {"DLR", "Optix", "University of Bern"}),
    ("The spectrometer was developed jointly by CNES, the space astrophysics institute IAS and Braunschweig "
     "University of Technology.", {"CNES", "Institute of Space Astrophysics", "Braunschweig University of Technology"}),
])
def test_every_member_makes_it(read, text, makers):
    got = triples(read(text, date=_DAY))
    assert {o for s, p, o in got if p == "providedBy"} == makers, got


def test_the_noun_of_the_name_before_stays_its_own(read):
    got = triples(read("The camera was built by DLR, the German space agency, and Optix.", date=_DAY))
    assert ("DLR", "country", "Germany") in got, got
    got = triples(read("The camera was developed by Optix, the French company, and Vexel.", date=_DAY))
    assert ("Optix", "country", "France") in got, got
