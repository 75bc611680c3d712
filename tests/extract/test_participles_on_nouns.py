"""Participles read as the noun's: one the parser hung on the clause's verb right after a noun ("the data collected
by the magnetometer mounted on the lander": reduced_relatives.stranded_participles), one on an apposition tagged
as a past tense ("a CubeSat designed and built by students of X": frames.py), and one with no maker named but a
"with" body ("a spectrometer developed with the Lisvik Observatory": rules/actions.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _plain(rel):
    return {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in rel}


def test_a_participle_hung_on_the_verb_is_the_nouns(read):
    got = read("The Vela lander will carry a camera. The agreement gives NASA access to the data collected by the "
               "magnetometer mounted on the lander.")
    assert ("magnetometer of Vela", "partOf", "Vela") in _plain(triples(got)), triples(got)


@pytest.mark.parametrize("text, fact", [
    ("Aurelia-1, a three-unit CubeSat designed and built by students of Lisvik Technical University, has passed "
     "its final tests.", ("Aurelia-1", "providedBy", "Lisvik Technical University")),
    ("The Kestrel spectrometer was developed with the Lisvik Observatory.",
     ("Kestrel", "providedBy", "Lisvik Observatory")),
    ("Under the agreement, the Vela lander will carry a retro-reflector supplied by NASA.",
     ("retro-reflector of Vela", "providedBy", "NASA")),
])
def test_what_a_participle_says_of_its_noun(read, text, fact):
    got = read(text)
    assert fact in _plain(triples(got)), triples(got)


def test_funding_with_a_grant_makes_no_maker(read):
    got = read("The Kestrel satellite was funded with a grant from the Lisvik Ministry of Education.")
    assert not any(p == "providedBy" for s, p, o in triples(got)), triples(got)


def test_a_lone_lowercase_noun_the_model_marks_is_no_name(read):
    got = read("Built around very large antennas at three locations spread across the globe, the Deep Space "
               "Network will strengthen the spacecraft's links with the Earth.")
    assert "antennas" not in labels(got), labels(got)


@pytest.mark.parametrize("text, subject, stranger", [
    ("Aurelia-1, a three-unit CubeSat built by students of Lisvik Technical University, has passed its final "
     "tests.", "Aurelia-1", "Lisvik Technical University"),
])
def test_its_in_the_predicate_is_its_subjects(read, text, subject, stranger):
    got = read(text)
    took = {o for s, p, o in triples(got) if s.startswith("final tests") and p == "participant"}
    assert subject in took and stranger not in took, triples(got)


def test_the_university_is_the_one_so_named(read):
    got = read("Students of Lisvik Technical University built the satellite with the Lisvik Observatory. Professor "
               "Maren Holt leads the university's space engineering group.")
    assert not any(s == "Maren Holt" and o == "Lisvik Observatory" for s, p, o in triples(got)), triples(got)
