"""A definite class noun with a capitalized word right after it sets a name beside itself ("of the operator
Vyomsat"), even one the tagger misread as a verb: it is no reference back to the last body of its class
(Context.definite). "The agency" alone still refers back. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_named_operator_is_no_earlier_body(read):
    got = triples(read("The coronagraph was developed by the Physical Research Laboratory. The storm forced the "
                       "Kestrel-4 communications satellite of the operator Vyomsat into safe mode."))
    assert ("Kestrel-4", "operatedBy", "Physical Research Laboratory") not in got, got


def test_a_named_company_is_no_earlier_body(read):
    got = triples(read("The camera was built by OHB. The Lyra satellite of the agency Vantra was launched in 2020."))
    assert ("Lyra", "operatedBy", "OHB") not in got, got


def test_the_bare_class_noun_still_refers_back(read):
    got = triples(read("ESA presented the Vela probe in Paris. The Kestrel-4 satellite of the agency was launched in "
                       "2020."))
    assert ("Kestrel-4", "operatedBy", "ESA") in got, got
