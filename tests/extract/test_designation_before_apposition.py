"""A designation opening a sentence with an apposition set off by commas, which the parser reads as an adverb
making the apposition the subject ("Kelva-3, the first satellite of the series, was launched on 3 May 2026"), is
the clause's subject and the noun phrase its apposition (apposed_openers.py): the craft is launched, not "the
first satellite" as a thing of its own. A plain opening word before a comma is left alone. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "Kelva-3, the first satellite of the series, was launched on 3 May 2026.",
    "Kelva-3, a weather satellite built by Orbica, was launched on 3 May 2026.",
])
def test_the_designation_is_the_subject(read, text):
    got = read(text)
    found = triples(got)
    assert any(p == "participant" and o == "Kelva-3" for s, p, o in found), sorted(found)
    assert classes_of(got, "Kelva-3") & {"Satellite", "Spacecraft"}, sorted(found)


def test_a_plain_opening_word_is_left_alone(read):
    got = triples(read("Meanwhile, the first satellite of the series was launched on 3 May 2026."))
    assert not any("Meanwhile" in (s, o) for s, p, o in got), sorted(got)
