""""The first of these satellites, Vardasat-1, ...", "the last of the four satellites, Tarvo-4": a name set beside
a partitive word (an ordinal, a superlative or "one", then "of" and a plural class noun) is of that noun's class
(head_nouns._partitive_class), and it is what the partitive subject denotes, so the clause's facts are its
(Tree.partitive_of, Context.ref). A partitive with no name beside it names nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The first of these satellites, Vardasat-1, is scheduled for launch in 2027.", "Vardasat-1", "Satellite"),
    ("The last of the four satellites, Tarvo-4, was launched on 3 May.", "Tarvo-4", "Satellite"),
    ("One of the two landers, Kelvo, carries a camera built by DLR.", "Kelvo", "Lander"),
    ("The largest of the new ground stations, Kvalsund, opened in May.", "Kvalsund", "Facility"),
])
def test_a_name_beside_a_partitive_takes_its_class(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), sorted(labels(got))


@pytest.mark.parametrize("text, name", [
    ("The first of these satellites, Vardasat-1, is scheduled for launch in 2027 on a Falcon 9 rocket.",
     "Vardasat-1"),
    ("The last of the four satellites, Tarvo-4, was launched on 3 May.", "Tarvo-4"),
])
def test_the_partitive_subject_is_the_named_craft(read, text, name):
    got = triples(read(text))
    assert any(p == "participant" and o == name for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The first of the satellites was launched on 3 May.",
    "The first of the partners, Orbix, signed in May.",
])
def test_a_partitive_names_no_craft_of_its_own(read, text):
    got = read(text)
    assert not any(c in ("Satellite", "Spacecraft") for e in got.entities.values() for c in e.classes), \
        sorted(labels(got))
