"""A member's title of two words that the parser reads as an adjective and a noun ("principal investigator",
"lead investigator": lexicon MEMBER_TITLES, rules/titles.py title_kind) makes a member of where the person
works. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Ines Duarte, the mission's principal investigator at the University of Coimbra, led the study.", "Ines Duarte",
     "University of Coimbra"),
    ("\"Every metre counts,\" said Ines Duarte, lead investigator at the University of Coimbra.", "Ines Duarte",
     "University of Coimbra"),
    ("\"The data are clean,\" said Tomas Berg, a co-investigator at the Orla Institute.", "Tomas Berg",
     "Orla Institute"),
])
def test_a_two_word_title_makes_a_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)


def test_an_adjective_before_a_noun_that_is_no_title_makes_nothing(read):
    got = triples(read("Ines Duarte, a frequent visitor at the University of Coimbra, spoke."))
    assert not [x for x in got if x[1] in ("memberOf", "headOf")], sorted(got)
