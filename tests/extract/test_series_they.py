""""The Velorian agency operates the Corvane satellites. They will carry a thermal camera": a plural pronoun after a
plural craft noun a name is set before takes back that series, when no group of names was told of since the sentence
before (Antecedents._series_before); "ESA and NASA operate the Corvane satellites. They signed ..." stays the agencies.
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_they_after_a_named_series_is_the_series(read):
    got = triples(read("The Velorian agency operates the Corvane satellites. They will carry a thermal camera built "
                       "by Telvia."))
    assert any(p == "partOf" and o == "Corvane" for _, p, o in got), got


def test_they_after_a_group_that_acts_on_the_series_is_the_group(read):
    got = triples(read("ESA and NASA operate the Corvane satellites. They signed an agreement in May."))
    signers = {o for s, p, o in got if p == "signatory"}
    assert signers == {"ESA", "NASA"}, got
    assert not any(o == "Corvane" and p == "participant" for _, p, o in got), got
