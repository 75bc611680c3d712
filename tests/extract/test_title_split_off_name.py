""""DLR chair Anke Weiss welcomed the crew": the parser may read the title and the name as two subjects of one verb;
the title is the name's all the same (split_titles.joined_titles). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, pair", [
    ("DLR chair Anke Weiss welcomed the crew home.", ("Anke Weiss", "headOf", "DLR")),
    ("ESA spokeswoman Ina Berg said the launch went well.", ("Ina Berg", "memberOf", "ESA")),
    ("NASA chief Bill Carver welcomed the crew home.", ("Bill Carver", "headOf", "NASA")),
])
def test_a_title_before_a_name_is_the_names(read, text, pair):
    assert pair in triples(read(text))


def test_two_subjects_without_a_title_stay_apart(read):
    got = triples(read("ESA and Anke Weiss welcomed the crew home."))
    assert not any(p in ("headOf", "memberOf") for _, p, _ in got), got
