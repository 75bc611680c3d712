"""A participle set off by commas right after its noun, which the parser took for the sentence's verb, is the noun's,
and the later verb with its own auxiliary is the clause's ("The IDEFIX rover, developed jointly with the German
Aerospace Center, will land on Phobos": the rover lands, and the center develops it; reduced_relatives.py).
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_set_off_participle_is_the_nouns(read):
    got = triples(read("The Tarn rover, developed jointly with the German Aerospace Center, will land on Phobos."))
    assert ("Tarn", "providedBy", "DLR") in got, sorted(got)
    assert any(s.startswith("landing") and p == "participant" and o == "Tarn" for s, p, o in got), sorted(got)


def test_a_past_verb_and_a_later_one_after_and_stay_two_clauses(read):
    got = triples(read("ESA launched the Orla satellite on 3 May, and it will reach orbit soon."))
    assert any(s.startswith("launch") and p == "participant" and o == "Orla" for s, p, o in got), sorted(got)
