"""Parties that extend or amend their agreement are its signatories, as those that renew it are ("ESA and
JAXA extended their agreement on lunar exploration until 2030"; lexicon SIGN_VERBS); a mission extended is no
agreement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "ESA and JAXA extended their agreement on lunar exploration until 2030.",
    "ESA and JAXA amended their agreement on the Vela mission in May 2024.",
])
def test_who_extends_or_amends_an_agreement_signs_it(read, text):
    got = triples(read(text))
    signers = {o for s, p, o in got if p == "signatory" and s.startswith("agreement")}
    assert signers == {"ESA", "JAXA"}, sorted(got)


def test_an_extended_mission_is_no_agreement(read):
    got = triples(read("ESA extended the Vela mission until 2030."))
    assert not [x for x in got if x[1] == "signatory"], sorted(got)
