"""A possessive in a phrase set before its clause's subject takes that subject, told after it: "Since its launch
in 2015, the Vela satellite has ...", "After her appointment in 2022, Dr X ..." (antecedents._fronted_owner).
So the dated launch, landing or appointment the phrase tells of is that subject's, not a thing's of the sentence
before. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2024, 6, 12)


def _dated(got) -> set[tuple[str, str]]:
    """(participant, date) of each dated event."""
    return {(got.entities[r.object].label, d.value) for d in got.dates for r in got.relations
            if r.subject == d.subject and r.predicate == "participant"}


@pytest.mark.parametrize("text, who, value", [
    ("After its launch on 4 March, the Lyra probe reached orbit around Mars on 12 May.", "Lyra", "2024-03-04"),
    ("Following its launch in December 2021, the Kestrel telescope travelled to L2.", "Kestrel", "2021-12"),
    ("Since its launch on 3 May 2019, the Vela satellite has mapped the ocean.", "Vela", "2019-05-03"),
    ("After its landing on the Moon in 2024, the Kestrel lander sent images.", "Kestrel", "2024"),
    ("Since her appointment in 2022, Dr Ana Ruiz has led the Vela Centre.", "Ana Ruiz", "2022"),
])
def test_a_fronted_possessive_is_the_subject_s(read, text, who, value):
    got = read(text, date=JUNE)
    assert (who, value) in _dated(got), _dated(got)


@pytest.mark.parametrize("text, who, value, not_who", [
    ("ESA operates the Orla probe. Since its launch in 2015, the Vela satellite has mapped the ocean.", "Vela",
     "2015", "Orla"),
    ("The Tessa rover landed on Mars in 2021. After its launch in March 2026, the Orla orbiter will relay its data.",
     "Orla", "2026-03", "Tessa"),
])
def test_not_the_thing_of_the_sentence_before(read, text, who, value, not_who):
    got = read(text, date=JUNE)
    dated = _dated(got)
    assert (who, value) in dated, dated
    assert (not_who, value) not in dated, dated


@pytest.mark.parametrize("text, value", [
    ("ESA built the Orla probe. Since its launch in 2015, it has mapped Mars.", "2015"),
    ("The Vela satellite has mapped the ocean since its launch in 2015.", "2015"),
])
def test_a_pronoun_subject_or_a_later_possessive_reads_back(read, text, value):
    got = read(text, date=JUNE)
    assert any(v == value for _, v in _dated(got)), triples(got)
