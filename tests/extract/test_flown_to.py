"""A craft flown to a body targets it (lexicon SEND_VERBS has "fly": rules/wholes.sent_to); a person flown
there is crew, no craft. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_craft_flown_to_a_body_targets_it(read):
    got = triples(read("In 2024 the company flew its Selva lander to the Moon."))
    assert ("Selva", "target", "Moon") in got, got


def test_a_person_flown_to_a_body_targets_nothing(read):
    got = triples(read("Astronaut Lena Kask will fly to the Moon in 2028."))
    assert not any(p == "target" for _, p, _ in got), got
