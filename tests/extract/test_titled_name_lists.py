"""A list of titles each set beside its holder's name ("signed by Norway's Minister of Trade and Industry, Kari Holm,
Sweden's Minister for Education, Anders Lind, and Finland's Minister of Economic Affairs, Mika Virtanen"): every
holder signs, with the post and country of their own pair (titled_lists.titled_name_lists). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_THREE = ("Norway, Sweden and Finland signed a joint declaration. It was signed by Norway's Minister of Trade and "
          "Industry, Kari Holm, Sweden's Minister for Education, Anders Lind, and Finland's Minister of Economic "
          "Affairs, Mika Virtanen.")
_PLAIN = ("The declaration was signed by the Minister of Trade, Kari Holm, the Minister of Education, Anders Lind, "
          "and the Minister of Energy, Mika Virtanen.")


@pytest.mark.parametrize("text", [_THREE, _PLAIN])
def test_every_holder_in_the_list_signs(read, text):
    got = triples(read(text))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Kari Holm", "Anders Lind", "Mika Virtanen"} <= signers, got


def test_each_holder_keeps_the_post_and_country_of_their_own_pair(read):
    got = triples(read(_THREE))
    assert {("Kari Holm", "country", "Norway"), ("Anders Lind", "country", "Sweden"),
            ("Mika Virtanen", "country", "Finland")} <= got, got
    assert ("Kari Holm", "country", "Sweden") not in got, got
    got = triples(read(_PLAIN))
    assert {("Kari Holm", "headOf", "Ministry of Trade"), ("Anders Lind", "headOf", "Ministry of Education"),
            ("Mika Virtanen", "headOf", "Ministry of Energy")} <= got, got
    assert ("Kari Holm", "headOf", "Ministry of Education") not in got, got


def test_titles_of_several_words_in_a_list(read):
    got = triples(read("The memorandum was signed by the Director General of the Vela Space Agency, Ana Ruiz, the "
                       "President of Orbix Systems, Ivo Sarr, and the Chair of Kelmar Aerospace, Lea Holm."))
    assert {("Ana Ruiz", "headOf", "Vela Space Agency"), ("Ivo Sarr", "headOf", "Orbix Systems"),
            ("Lea Holm", "headOf", "Kelmar Aerospace")} <= got, got
    assert not any(s == "Ana Ruiz" and o in ("Orbix Systems", "Kelmar Aerospace") for s, _, o in got), got


@pytest.mark.parametrize("text", [
    "The deal was signed by Sweden's Minister for Research, Anders Lind.",
    "The deal was signed by the Minister for Research, Anders Lind.",
])
def test_a_name_the_model_missed_after_a_capitalized_title_signs(read, text):
    """The model sees no person in "Anders Lind" and the parser hangs it on the portfolio ("Research"): a name set
    after a capitalized title, opening on a given name, is the title's apposition (title_appositions)."""
    got = triples(read(text))
    assert ("deal [t]", "signatory", "Anders Lind") in got, got
