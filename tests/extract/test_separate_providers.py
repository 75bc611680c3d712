"""infer:co-providers: bodies that each build one of the things a plural noun tells of ("NASA selected Orbix, Vexa
and Tarn to build lunar landers") are no partners; co-providers of one thing are. On sentences written for this
test."""

from __future__ import annotations

from ..helpers import triples


def test_providers_of_things_told_by_a_plural_noun_are_no_partners(read):
    got = triples(read("NASA selected Orbix, Vexa and Tarn to build lunar landers."))
    assert not any(p == "partnerOf" for _, p, _ in got), got
    assert {("lunar landers", "providedBy", x) for x in ("Orbix", "Vexa", "Tarn")} <= {
        (s.split(" [")[0], p, o) for s, p, o in got}, got


def test_co_providers_of_one_thing_are_partners(read):
    got = triples(read("The Halo camera was developed by Orbix and Vexa."))
    assert ("Orbix", "partnerOf", "Vexa") in got or ("Vexa", "partnerOf", "Orbix") in got, got
