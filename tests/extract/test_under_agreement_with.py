"""The agreement a clause acts under, with a "with" party, is signed by that party and the clause's subject:
"Norvanta Systems will operate the station under a contract with ESA", "Telespazio runs the Fucino centre under
an agreement with the Italian Space Agency" (rules/signed_participles.py dep:under-agreement-with). Without a
"with" party only one side is named: nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, deal, a, b", [
    ("Norvanta Systems will operate the station under a contract with ESA.", "contract [t]", "Norvanta Systems",
     "ESA"),
    ("Telespazio runs the Fucino centre under an agreement with the Italian Space Agency.", "agreement [t]",
     "Telespazio", "ASI"),
    ("Kelsat Systems will track the Orbis-3 satellite through a service contract with EUMETSAT.",
     "service contract [t]", "Kelsat Systems", "EUMETSAT"),
])
def test_both_sides_of_an_agreement_acted_under_sign_it(read, text, deal, a, b):
    got = triples(read(text))
    assert (deal, "signatory", a) in got and (deal, "signatory", b) in got, got


@pytest.mark.parametrize("text", [
    "Astrelis SA will provide capacity to Nubiacom under a ten-year agreement.",
    "The satellite was built under a contract.",
])
def test_one_side_only_signs_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "signatory" for s, p, o in got), got
