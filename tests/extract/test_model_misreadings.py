"""Two misreadings of the model dropped: a town the model calls a law (a one-word "law" with no word of an
agreement or a law: "Skarvik" in a title, then in the dateline) and a minister's portfolio after "for" read as
a body ("Minister for Digital Affairs and Space" is no company the minister heads; the UK's "Minister for
Universities and Science" names no ministry). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


def test_a_town_the_model_calls_a_law_is_no_agreement(read):
    got = read("Valdorian minister visits new polar ground station at Skarvik\n\nSKARVIK, 4 November 2026 – The "
               "minister opened the station on Thursday.\n\nSkarvik lies north of the Arctic Circle.")
    assert not any("Agreement" in e.classes and e.label.lower() == "skarvik" for e in got.entities.values()), \
        {e.label: e.classes for e in got.entities.values()}


@pytest.mark.parametrize("text, law", [
    ("The Outer Space Treaty was signed in 1967.", "Outer Space Treaty"),
    ("Parliament passed the Space Activities Act in May.", "Space Activities Act"),
])
def test_a_law_named_with_a_laws_word_is_still_an_agreement(read, text, law):
    got = read(text)
    assert "Agreement" in classes_of(got, law), labels(got)


@pytest.mark.parametrize("text, portfolio", [
    ("Valdoria's Minister for Digital Affairs and Space, Elin Marstrand, inaugurated the station.",
     "Digital Affairs and Space"),
    ("The Minister for Research and Innovation, Elin Marstrand, opened the centre on Monday.",
     "Research and Innovation"),
])
def test_a_portfolio_after_for_is_no_body(read, text, portfolio):
    got = read(text)
    assert portfolio not in labels(got), labels(got)
    assert not any(s == "Elin Marstrand" and p == "headOf" for s, p, o in triples(got)), triples(got)
