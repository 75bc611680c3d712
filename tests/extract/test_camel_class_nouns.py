"""A class noun of craft written with an inner capital ("CubeSat", "SmallSat") names nothing: before a name it
is the name's class noun ("the CubeSat OrsenaSat-2" is the satellite OrsenaSat-2), alone after a determiner it
is a common noun, also first in a sentence ("The CubeSat was built by ..."). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("The students are developing the CubeSat OrsenaSat-2 with the support of the agency.", "OrsenaSat-2"),
    ("The SmallSat Kelvo-1 will be launched in 2027.", "Kelvo-1"),
    ("The University of Orsena built the OrsenaSat-2 CubeSat.", "OrsenaSat-2"),
    ("The Kelvo-1 SmallSat will be launched in 2027.", "Kelvo-1"),
])
def test_the_class_noun_before_a_name_types_it(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
    assert "Satellite" in classes_of(got, name), classes_of(got, name)
    assert not any(w in label for label in labels(got) for w in ("CubeSat", "SmallSat")), labels(got)


@pytest.mark.parametrize("text", [
    "The CubeSat was built by students of the University of Orsena.",
    "The team tested the latest CubeSat in March.",
])
def test_the_class_noun_alone_names_nothing(read, text):
    got = read(text)
    assert "CubeSat" not in labels(got), labels(got)


@pytest.mark.parametrize("text, absent", [("Dr.", "Dr."),
                                          ("The CubeSat", "CubeSat"), ("the Kelvo-1 CubeSat", "CubeSat")])
def test_a_run_of_words_at_the_end_of_the_text_is_read_to_its_end(read, text, absent):
    got = read(text)  # (a run that ends the text: nothing is read past its end, which raised IndexError)
    assert absent not in labels(got), labels(got)
