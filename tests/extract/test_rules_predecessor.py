"""The one a person succeeds headed what the successor heads (rules/becomes.predecessor, lexicon
SUCCESSION_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The ESA Council appointed Carlos Mendes as Director General on 2 July. Mr Mendes succeeds Josef Lind, "
    "who leaves after four years.",
    "Carlos Mendes, who replaces Josef Lind as ESA Director General, takes office on 1 March.",
    "Carlos Mendes will take over from Josef Lind as head of ESA.",
])
def test_rules_predecessor_the_one_succeeded_headed_the_same(read, text):
    got = triples(read(text))
    assert ("Carlos Mendes", "headOf", "ESA") in got and ("Josef Lind", "headOf", "ESA") in got, sorted(got)


def test_rules_predecessor_a_member_post_passes_nothing_on(read):
    got = triples(read("NASA astronaut Anne Doe replaced Jim Roe on the crew."))
    assert not [x for x in got if x[0] == "Jim Roe"], sorted(got)
