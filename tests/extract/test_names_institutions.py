"""Names of institutions the model cuts or misreads: a body's name that holds a possessive ("King's College
London": body_names.possessive_names), and a nationality adjective before a body's noun, which is no name of
its own ("a Czech research institute": mentions.find_candidates). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Researchers from King's College London will analyse the Corvid samples.", "King's College London"),
    ("The spectrometer was designed by engineers at Queen's College Galway.", "Queen's College Galway"),
    ("Students at St Aldric's College Dunmore built the Corvid cubesat.", "St Aldric's College Dunmore"),
])
def test_a_possessive_inside_a_body_name_is_part_of_it(read, text, name):
    got = read(text)
    assert name in labels(got), sorted(labels(got))
    assert "ResearchInstitute" in classes_of(got, name)


@pytest.mark.parametrize("text, owner", [
    ("Scientists at NASA's Goddard Space Flight Center built the instrument.", "NASA"),
    ("Orbivex's Institute director, Ana Ruiz, spoke at the event.", "Orbivex"),
])
def test_a_known_or_lone_owner_stays_apart(read, text, owner):
    assert not any(lab.startswith(f"{owner}'s") for lab in labels(read(text)))


@pytest.mark.parametrize("text, body, country", [
    ("The study will be carried out by Ostrava Dynamics, a Czech research institute.", "Ostrava Dynamics",
     "Czech Republic"),
    ("The study will be carried out by Ostrava Dynamics, a Danish research institute.", "Ostrava Dynamics",
     "Denmark"),
    ("The study will be carried out by Brno Labs, a Czech company.", "Brno Labs", "Czech Republic"),
])
def test_a_nationality_before_a_body_noun_is_no_name(read, text, body, country):
    got = read(text)
    assert "Czech" not in labels(got) and "Danish" not in labels(got), sorted(labels(got))
    assert (body, "country", country) in triples(got), sorted(triples(got))
