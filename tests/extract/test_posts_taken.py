""""Ivo Stark serves as President of X", "takes up his post as Chief Executive of X", "assumed the role of President
of X": a person comes into or holds a body's post (rules/becomes.py, lexicon BECOME_VERBS, POST_NOUNS); a name that
does so is a person, whatever the model saw (described_names.takes_a_post). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Ivo Stark serves as Chief Executive of the Vela Space Agency.",
    "Ivo Stark became Chief Executive of the Vela Space Agency.",
    "Ivo Stark takes up his post as Chief Executive of the Vela Space Agency on 1 April.",
    "Ivo Stark assumed the role of President of the Vela Space Agency in May.",
])
def test_a_person_who_takes_a_post_heads_the_body(read, text):
    facts = triples(read(text))
    assert ("Ivo Stark", "headOf", "Vela Space Agency") in facts, facts


@pytest.mark.parametrize("text", [
    "Kelmar Dynamics became a member of the Vela consortium in May.",
    "The Vela Space Agency assumed the leadership of the consortium in May.",
])
def test_a_body_that_becomes_a_member_is_no_person(read, text):
    got = read(text)
    assert not any("Person" in e.classes for e in got.entities.values()), [
        (e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("ChaSTE-X, built by the Vikram Centre, probes the soil.", "ChaSTE-X"),
    ("ChaSTE-X was built by the Vikram Centre.", "ChaSTE-X"),
])
def test_a_coined_designation_that_is_made_is_no_person(read, text, name):
    """post_takers.made_designation: the model calls "ChaSTE-X" a person; what is built is a thing."""
    got = read(text)
    assert ("ChaSTE-X", "providedBy", "Vikram Centre") in triples(got), [
        (e.label, e.classes) for e in got.entities.values()]


def test_a_hyphened_given_name_stays_a_person(read):
    got = read("Jean-Luc Moreau, trained by ESA, flew to the station in 2024.")
    assert any(e.label == "Jean-Luc Moreau" and "Person" in e.classes for e in got.entities.values()), [
        (e.label, e.classes) for e in got.entities.values()]


def test_a_title_written_capitalized_alone_is_no_name(read):
    """"The X spectrometer (Principal Investigator: Prof. Y, Z University)": the title names nothing."""
    got = read("The Tessera spectrometer (Principal Investigator: Prof. Kenji Mori, Kelmar University) observed the "
               "asteroid Ryugu on 3 March.")
    labels = {e.label for e in got.entities.values()}
    assert "Principal Investigator" not in labels and {"Kenji Mori", "Tessera"} <= labels, labels
