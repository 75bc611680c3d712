"""A participle set off by commas after the subject, with its "by" agent, that the parser took for the sentence's verb
("The rover, developed entirely by engineers at MBRSC, is scheduled to land on the Moon in 2026": reduced_relatives,
a later verb with a passive's auxiliary too) is the subject's modifier: the body develops the rover, which lands.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, facts", [
    ("The Tessa rover was completed last year. The rover, developed entirely by engineers at the Korvan Space Agency, "
     "is scheduled to land on the Moon in 2027.",
     {("Tessa", "providedBy", "Korvan Space Agency")}),
    ("The Orla probe, built by Orvik Space, will be launched in 2027.", {("Orla", "providedBy", "Orvik Space")}),
])
def test_the_set_off_participle_is_the_subjects(read, text, facts):
    ext = read(text)
    got = triples(ext)
    assert facts <= got, sorted(got)
    name = next(iter(facts))[0]
    assert any(p == "participant" and o == name for s, p, o in got), sorted(got)


def test_a_participle_that_is_the_verb_stays(read):
    got = triples(read("The Orla probe, it seems, developed a fault in orbit and was switched off by ESA in May 2025."))
    assert not any(p == "providedBy" for _, p, _ in got), sorted(got)
