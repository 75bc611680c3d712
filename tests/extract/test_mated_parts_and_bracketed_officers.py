"""A thing fitted "with" a craft is its part ("the Orla rover has been integrated with the Vela lander": lexicon
MATE_VERBS; a satellite integrated with its rocket is none); a body's officer named in its brackets after its short
name ("the Korvan Space Agency (KVSA, Administrator Ola Berg)": rules/bracketed_titles.py); "His Excellency" is no
part of a name (lexicon HONORIFICS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, fact", [
    ("The Orla rover has been integrated with the Vela lander.", ("Orla", "partOf", "Vela")),
    ("The Tessa camera was attached to the Vela probe.", ("Tessa", "partOf", "Vela")),
])
def test_a_part_fitted_with_a_craft(read, text, fact):
    assert fact in triples(read(text)), sorted(triples(read(text)))


def test_a_satellite_integrated_with_its_rocket_is_no_part(read):
    got = triples(read("The Orla satellite was integrated with the Vega-C rocket."))
    assert not any(p == "partOf" for _, p, _ in got), sorted(got)


@pytest.mark.parametrize("text, fact", [
    ("The Korvan Space Agency (KVSA, Administrator Ola Berg) announced the test.",
     ("Ola Berg", "headOf", "Korvan Space Agency")),
    ("The Vela Institute (VI, Chief Engineer Kari Holm) built the camera.",
     ("Kari Holm", "memberOf", "Vela Institute")),
])
def test_an_officer_after_the_short_name_in_brackets(read, text, fact):
    assert fact in triples(read(text)), sorted(triples(read(text)))


def test_his_excellency_is_no_part_of_the_name(read):
    got = labels(read("His Excellency Omar Al Haddad, Director General of the Korvan Space Agency, spoke."))
    assert "Omar Al Haddad" in got and not any("Excellency" in name for name in got), sorted(got)
