""""the two agencies" stands for the agencies listed beside it, space agencies or government bodies (an agency
may be either: lexicon SECOND_CLASSES), where the noun alone was read as a government body and the space agencies
listed did not fit it. A company listed does not fit it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The two agencies, CNES and ISRO, signed the agreement on 3 May 2026.",
    "Two agencies: CNES and ISRO, signed the agreement.",
])
def test_the_listed_space_agencies_sign(read, text):
    got = triples(read(text))
    assert {o for s, p, o in got if p == "signatory"} == {"CNES", "ISRO"}, sorted(got)


def test_a_known_company_listed_is_no_agency(read):
    got = triples(read("The two agencies, CNES and Airbus Defence and Space, signed the agreement."))
    assert {o for s, p, o in got if p == "signatory"} == {"CNES"}, sorted(got)
