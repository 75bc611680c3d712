"""An unknown one-word name a made thing is ordered, bought or procured "from" (lexicon PROCURE_VERBS) is the
company that sells and makes it (doing.role_class), also when the parser hangs "from" on the object noun, and so
provides the thing (rules/procurement.py, rules/provided_from.py). A known place it comes from stays a place.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, thing, seller", [
    ("Polaris Connect has ordered 24 additional Lyrion satellites from Stellarch.", "Lyrion", "Stellarch"),
    ("Nordsat ordered the Kelpra-3 satellite from Helvora.", "Kelpra-3", "Helvora"),
    ("The Kelpra-3 satellite was purchased from Helvora.", "Kelpra-3", "Helvora"),
])
def test_the_seller_of_an_ordered_thing_is_a_company_that_provides_it(read, text, thing, seller):
    got = read(text)
    assert "Company" in classes_of(got, seller), classes_of(got, seller)
    assert (thing, "providedBy", seller) in triples(got), triples(got)


def test_a_known_place_ordered_from_is_no_company(read):
    got = read("The agency ordered new equipment from Paris.")
    assert "Company" not in classes_of(got, "Paris"), classes_of(got, "Paris")
