"""A country written as a noun before a definite noun narrows it as a nationality adjective does ("NASA and ESA
signed the deal. The US agency will fund the Vela mission": NASA; context.definite). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("NASA and ESA signed the deal. The US agency will fund the Vela mission.", "NASA"),
    ("NASA and JAXA signed the deal. The Japan agency will fund the Vela mission.", "JAXA"),
    ("NASA and ESA signed the deal. Kari Holm, the US agency's chief scientist, welcomed it.", "NASA"),
])
def test_a_country_noun_picks_the_agency_of_that_country(read, text, body):
    got = triples(read(text))
    assert (body, "contributesTo", "Vela") in got or ("Kari Holm", "memberOf", body) in got, sorted(got)


def test_no_agency_of_another_country(read):
    got = triples(read("ESA and CNES signed the deal. The US agency will fund the Vela mission."))
    assert not any(p == "contributesTo" for _, p, _ in got), sorted(got)
