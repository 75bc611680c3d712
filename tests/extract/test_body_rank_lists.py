""""NASA astronauts A and B", "Roscosmos cosmonauts C, D and E": every person a body's plural staff title lists is
the body's member and a person, however the model typed the first name or tagged the plural title
(rules/rank_lists.py; kinds._rank_after_body). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, body, people", [
    ("NASA astronauts Rachel Okafor and Daniel Whitcombe completed a spacewalk outside the station on 3 May.",
     "NASA", ["Rachel Okafor", "Daniel Whitcombe"]),
    ("Roscosmos cosmonauts Dmitri Orlov and Yelena Sokolova will fly on the Soyuz MS-31 mission.",
     "Roscosmos", ["Dmitri Orlov", "Yelena Sokolova"]),
    ("ESA astronauts Lena Vasquez and Tomas Berg visited the Kourou spaceport.", "ESA", ["Lena Vasquez", "Tomas Berg"]),
    ("The crew includes JAXA astronauts Kenji Moriyama, Aiko Tanaka and Ren Sato.",
     "JAXA", ["Kenji Moriyama", "Aiko Tanaka", "Ren Sato"]),
    ("The spacewalkers, NASA astronauts Rachel Okafor and Daniel Whitcombe, installed the array.",
     "NASA", ["Rachel Okafor", "Daniel Whitcombe"]),
])
def test_every_listed_person_is_the_bodys(read, text, body, people):
    got = read(text)
    for p in people:
        assert "Person" in classes_of(got, p), (p, classes_of(got, p))
        assert (p, "memberOf", body) in triples(got), triples(got)


@pytest.mark.parametrize("text, pair", [
    ("NASA astronaut Rachel Okafor and Daniel Whitcombe of ESA completed a spacewalk.",
     ("Daniel Whitcombe", "memberOf", "NASA")),
    ("Airbus engineers and ESA staff met in Bremen.", None),
])
def test_a_singular_title_or_no_names_lists_no_one(read, text, pair):
    got = triples(read(text))
    if pair is None:
        assert not any(p == "memberOf" for _, p, _ in got), got
    else:
        assert pair not in got, got
