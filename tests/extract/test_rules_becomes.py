"""frame:becomes-title on sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("Maria Rossi will become Chair of the ESA Council.", ("Maria Rossi", "headOf", "ESA Council")),
    ("Maria Rossi became Director General of ESA on 1 March.", ("Maria Rossi", "headOf", "ESA")),
    ("Maria Rossi will take over as Director General of ESA in July.", ("Maria Rossi", "headOf", "ESA")),
    ("Maria Rossi succeeds Jan Lind as President of CNES.", ("Maria Rossi", "headOf", "CNES")),
    ("Maria Rossi became a member of the ESA Council.", ("Maria Rossi", "memberOf", "ESA Council")),
])
def test_becomes_title_makes_the_post(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


@pytest.mark.parametrize("text", [
    "Maria Rossi became an astronaut in 2009.",  # no organization named
    "Maria Rossi succeeds Jan Lind as President of CNES.",
])
def test_becomes_title_no_post_for_others(read, text):
    facts = triples(read(text))
    assert not any(s == "Maria Rossi" and p in ("headOf", "memberOf") and o != "CNES" for s, p, o in facts), facts


def test_becomes_title_the_one_succeeded_held_the_post(read):
    # the graph does not date posts: one who steps down as President of CNES heads it (frame:leaves-title), and
    # so does the one succeeded as President of CNES (infer:succeeded-held-post; until session 36: nothing)
    facts = triples(read("Maria Rossi succeeds Jan Lind as President of CNES."))
    assert ("Jan Lind", "headOf", "CNES") in facts and ("Maria Rossi", "headOf", "CNES") in facts, facts


def test_becomes_title_replace_makes_the_post_of_the_successor_and_of_the_one_replaced(read):
    facts = triples(read("Carlos Mendes, who replaces Josef Lind as ESA Director General, takes office on 1 March."))
    assert ("Carlos Mendes", "headOf", "ESA") in facts, facts
    assert [f for f in facts if f[0] == "Josef Lind"] == [("Josef Lind", "headOf", "ESA")], facts
