"""Who chairs or heads a named body, said in a relative clause, heads that body only, not the organization its
name or owner names: "A, who chairs the ESA Council," heads the ESA Council, not ESA (a council's chair is no
head of the agency); "who leads NASA's Goddard Institute" heads the institute, not NASA (rules/titles.py,
_relative_title). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body, other", [
    ("Tom Hale, who chairs the ESA Council, spoke at the meeting.", "Tom Hale", "ESA Council", "ESA"),
    ("Anna Berg, who chairs the Council of the Kelso Institute, spoke.", "Anna Berg", "Council of the Kelso Institute",
     "Kelso Institute"),
    ("Tom Hale, who leads NASA's Goddard Institute for Space Studies, spoke.", "Tom Hale",
     "Goddard Institute for Space Studies", "NASA"),
])
def test_the_chair_of_a_named_body_heads_it_only(read, text, person, body, other):
    got = triples(read(text))
    assert (person, "headOf", body) in got, sorted(got)
    assert (person, "headOf", other) not in got, sorted(got)


def test_who_heads_a_named_organization_still_heads_it(read):
    got = triples(read("Tom Hale, who heads the Kelso Institute, spoke."))
    assert ("Tom Hale", "headOf", "Kelso Institute") in got, sorted(got)
