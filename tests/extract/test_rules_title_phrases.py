"""Titles in verb phrases and second titles (rules/titles.py), and unknown names typed as people by a title
or a "who" clause (names.py), on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, kind, org", [
    ("The deal was signed by Volker Stein, who serves as ESA's Director of Earth Observation.",
     "Volker Stein", "memberOf", "ESA"),
    ("He will work with Josef Marrow, who is at present Director of Earth Observation at ESA.",
     "Josef Marrow", "memberOf", "ESA"),
    ("Anna Quill, who works as an engineer at the Vela Institute, built the camera.",
     "Anna Quill", "memberOf", "Vela Institute"),
    ("He met Ravi Kumar, who is Chairman of ISRO and Secretary of the Department of Space.",
     "Ravi Kumar", "memberOf", "Department of Space"),
    ("He met Ravi Kumar, who is Chairman of ISRO and Secretary of the Department of Space.",
     "Ravi Kumar", "headOf", "ISRO"),
])
def test_rules_title_phrases_titles_in_relative_clauses(read, text, person, kind, org):
    facts = triples(read(text))
    assert (person, kind, org) in facts, facts


def test_rules_title_phrases_second_title_in_an_apposition(read):
    facts = triples(read("The visit was led by Ravi Kumar, Chairman of ISRO and Secretary of the Department "
                         "of Space."))
    assert ("Ravi Kumar", "memberOf", "Department of Space") in facts, facts


def test_rules_title_phrases_no_title_no_post(read):
    facts = triples(read("Anna Quill, who visited the Vela Institute as a guest, praised the camera."))
    assert not any(s == "Anna Quill" and p in ("memberOf", "headOf") for s, p, _ in facts), facts


@pytest.mark.parametrize("text, name", [
    ("The signatories were Alain Corbet and Volker Stein, who serves as ESA's Director of Science.",
     "Volker Stein"),
    ("The talks were led by Ottar Brennvik, Director of the Vela Institute.", "Ottar Brennvik"),
])
def test_rules_title_phrases_unknown_name_with_who_or_title_is_a_person(read, text, name):
    assert "Person" in classes_of(read(text), name)


def test_rules_title_phrases_organization_with_who_stays_an_organization(read):
    result = read("The Vela Space Agency, who signed the deal, will build the camera.")
    assert "Person" not in classes_of(result, "Vela Space Agency")


@pytest.mark.parametrize("text, org, country", [
    ("The mission of Vela Lunar, an Israeli nonprofit, will land on the Moon.", "Vela Lunar", "Israel"),
    ("The Vela Foundation, a Dutch charity, funds the Zephyr mission.", "Vela Foundation", "Netherlands"),
])
def test_rules_title_phrases_nonprofits_are_organizations_with_a_nationality(read, text, org, country):
    result = read(text)
    assert "Organization" in classes_of(result, org) and (org, "country", country) in triples(result)
