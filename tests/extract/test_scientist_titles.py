"""Scientists by field are members of where they work ("Maria Costa, an astronomer at the Orla Institute";
lexicon MEMBER_TITLES), and a phrase the parser hangs on the first of two coordinated titles, written after
the last, is the last's too ("the study's lead author and a planetary scientist at X"; rules/titles.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Maria Costa, an astronomer at the Orla Institute, found the comet.", "Maria Costa", "Orla Institute"),
    ("NASA physicist Ana Ruiz led the study.", "Ana Ruiz", "NASA"),
    ("\"The ice is old,\" said Maria Costa, the paper's lead author and a planetary geologist at the University "
     "of Turin.", "Maria Costa", "University of Turin"),
    ("\"The deposits are large,\" said Elena Varga, the study's lead author and a planetary scientist at the "
     "University of Bergen.", "Elena Varga", "University of Bergen"),
])
def test_a_scientist_is_a_member_of_where_they_work(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)


def test_a_field_is_no_title_of_a_body(read):
    got = triples(read("Maria Costa studied geology at the University of Turin and became an astronomer."))
    assert not [x for x in got if x[1] in ("memberOf", "headOf")], sorted(got)
