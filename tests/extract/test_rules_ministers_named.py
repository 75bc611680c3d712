"""A minister written with a portfolio and a name, however the parser hangs them: "Minister of Research Ana Ruiz
visited X" (the portfolio hung on the name: rules/titles.py, _org_near_title), "the Minister of Science and
Innovation, Ana Ruiz, and B signed" (the name a conjunct of the title, set off by commas: names.context_class,
rules/titles.py), "the Minister for Research, Ana Ruiz," (a title with "for" is no organization: mentions.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person, ministry", [
    ("Minister of Research Ana Ruiz visited the Tarsia Space Agency on 3 May.", "Ana Ruiz", "Ministry of Research"),
    ("Minister of Research Karin Holm visited the Tarsia Space Agency on 3 May.", "Karin Holm",
     "Ministry of Research"),
    ("The agreement was signed by the Minister of Science and Innovation, Ana Ruiz, and Tom Hale.", "Ana Ruiz",
     "Ministry of Science and Innovation"),
])
def test_the_minister_heads_the_ministry_the_portfolio_names(read, text, person, ministry):
    got = triples(read(text))
    assert (person, "headOf", ministry) in got, sorted(got)
    assert not any(s == "Tom Hale" and p == "headOf" for s, p, _ in got), sorted(got)


@pytest.mark.parametrize("text, signers", [
    ("The agreement was signed by the Minister for Science and Innovation, Ana Ruiz, and Tom Hale.",
     {"Ana Ruiz", "Tom Hale"}),
    ("The agreement was signed by the Minister for Research and Universities, Ilse Brandt, and Tom Hale.",
     {"Ilse Brandt", "Tom Hale"}),
    ("The agreement was signed by the Minister for Research, Ilse Brandt.", {"Ilse Brandt"}),
])
def test_the_named_minister_signs_and_the_title_is_no_body(read, text, signers):
    got = read(text)
    facts = triples(got)
    assert {o for _, p, o in facts if p == "signatory"} == signers, sorted(facts)
    assert not any(lab.startswith("Minister") for lab in labels(got)), labels(got)
    assert all("Person" in classes_of(got, s) for s in signers)


def test_a_name_set_after_a_title_without_closing_comma_is_not_made_a_person(read):
    """Only a name closed by a comma on both sides is the title's holder: a list goes on with a company."""
    got = read("The agreement was signed by the President of CNES, Orbivex Space and Kelmar Aerospace.")
    assert "Person" not in classes_of(got, "Orbivex Space")
